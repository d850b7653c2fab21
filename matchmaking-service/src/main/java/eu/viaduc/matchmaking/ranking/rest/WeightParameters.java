package eu.viaduc.matchmaking.ranking.rest;

import java.util.EnumMap;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import eu.viaduc.matchmaking.ranking.model.Factor;
import eu.viaduc.matchmaking.ranking.model.Weights;
import eu.viaduc.platform.problem.ProblemException;

/**
 * The caller's weights, each 0..1, scaled to add up to 1 with the defaults of the others. Numbers
 * arrive as strings and are read here, so that a wrong one is a 400 naming its parameter
 * (weight.sector), not the 404 JAX-RS answers to a parameter it cannot convert.
 */
public class WeightParameters {

    @QueryParam("weight.competence")
    @Parameter(description = "Default 0.35: required competences offered, exactly or through their family")
    String competence;

    @QueryParam("weight.text")
    @Parameter(description = "Default 0.10: words the organisation's offers and keywords share with the opportunity's text")
    String text;

    @QueryParam("weight.sector")
    @Parameter(description = "Default 0.15: nearness in the NACE hierarchy")
    String sector;

    @QueryParam("weight.geography")
    @Parameter(description = "Default 0.15: countries sought, else nearness to the poster (NUTS, distance)")
    String geography;

    @QueryParam("weight.diversity")
    @Parameter(description = "Default 0.05: another country and other clusters than the poster's")
    String diversity;

    @QueryParam("weight.capacity")
    @Parameter(description = "Default 0.10: size band against the quantity asked")
    String capacity;

    @QueryParam("weight.profile")
    @Parameter(description = "Default 0.10: profile completeness and freshness")
    String profile;

    Weights weights() {
        Map<Factor, Double> given = new EnumMap<>(Factor.class);
        put(given, Factor.COMPETENCE, competence);
        put(given, Factor.TEXT, text);
        put(given, Factor.SECTOR, sector);
        put(given, Factor.GEOGRAPHY, geography);
        put(given, Factor.DIVERSITY, diversity);
        put(given, Factor.CAPACITY, capacity);
        put(given, Factor.PROFILE, profile);
        return Weights.of(given);
    }

    private static void put(Map<Factor, Double> given, Factor factor, String value) {
        if (value == null) {
            return;
        }
        try {
            given.put(factor, Double.parseDouble(value.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("weight." + factor.key(), "must be a number from 0 to 1");
        }
    }
}
