package eu.viaduc.platform.events;

/** An incoming or outgoing event breaks its contract; retrying cannot help. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
