package eu.viaduc.platform.members;

import java.util.UUID;

/** An organisation as exchange-service knows it from members' events: what the programme's rules need. */
public record MemberOrganisation(UUID id, String name, String type, String country, Double latitude, Double longitude) {

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
