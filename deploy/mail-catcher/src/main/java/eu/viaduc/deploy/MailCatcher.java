package eu.viaduc.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * {@code MailCatcher <port> <directory>}: an SMTP server on 127.0.0.1 that accepts every mail and
 * writes each one to the directory as {@code 00001.eml}, {@code 00002.eml}... in the order received.
 */
public final class MailCatcher {

    private MailCatcher() {
    }

    public static void main(String[] args) throws IOException, MessagingException, InterruptedException {
        int port = Integer.parseInt(args[0]);
        Path directory = Files.createDirectories(Path.of(args[1]));
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        System.out.println("catching mail on 127.0.0.1:" + port + " into " + directory);
        int written = 0;
        while (true) {
            MimeMessage[] received = server.getReceivedMessages();
            for (; written < received.length; written++) {
                Path file = directory.resolve("%05d.eml".formatted(written + 1));
                try (OutputStream out = Files.newOutputStream(file)) {
                    received[written].writeTo(out);
                }
                System.out.println("mail to " + String.join(", ", java.util.Arrays.stream(received[written].getAllRecipients())
                        .map(Object::toString).toList()) + ": " + received[written].getSubject() + " -> " + file);
            }
            Thread.sleep(500);
        }
    }
}
