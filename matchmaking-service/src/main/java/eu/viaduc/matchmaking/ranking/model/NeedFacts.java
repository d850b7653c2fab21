package eu.viaduc.matchmaking.ranking.model;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What scoring reads of a need, as numbers worked out once for all the offers (see {@link OfferFacts}). */
public final class NeedFacts {

    final CompetenceSet required;
    final int[] countriesSought;
    final int posterCountry;
    final int posterNuts1;
    final int posterNuts2;
    final boolean posterHasPoint;
    /** The poster's point as sines and cosines (see {@link OfferTable}). */
    final double posterSinLatitude;
    final double posterCosLatitude;
    final double posterSinLongitude;
    final double posterCosLongitude;
    final long[] posterClusters;
    final long[] nace;

    NeedFacts(List<String> requiredCompetences, List<String> naceCodes, List<String> countriesSought, Need.Place poster,
            Set<UUID> posterClusters) {
        this.required = CompetenceSet.of(requiredCompetences);
        this.countriesSought = countriesSought.stream().mapToInt(c -> OfferFacts.packed(c, 2)).toArray();
        this.posterCountry = OfferFacts.packed(poster.country(), 2);
        this.posterNuts1 = OfferFacts.packed(poster.nutsRegion(), 3);
        this.posterNuts2 = OfferFacts.packed(poster.nutsRegion(), 4);
        this.posterHasPoint = poster.hasPoint();
        double latitude = posterHasPoint ? Math.toRadians(poster.latitude()) : Double.NaN;
        double longitude = posterHasPoint ? Math.toRadians(poster.longitude()) : Double.NaN;
        this.posterSinLatitude = Math.sin(latitude);
        this.posterCosLatitude = Math.cos(latitude);
        this.posterSinLongitude = Math.sin(longitude);
        this.posterCosLongitude = Math.cos(longitude);
        this.posterClusters = OfferFacts.clusterHalves(posterClusters);
        this.nace = OfferFacts.nace(naceCodes);
    }

    boolean seeks(int country) {
        for (int sought : countriesSought) {
            if (sought == country) {
                return true;
            }
        }
        return false;
    }

    /** Worked out from the record's other components: two records equal in those are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof NeedFacts;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
