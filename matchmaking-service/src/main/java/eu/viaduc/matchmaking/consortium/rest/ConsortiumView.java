package eu.viaduc.matchmaking.consortium.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import eu.viaduc.matchmaking.cluster.service.KnownClusters;
import eu.viaduc.matchmaking.consortium.model.ConsortiumBuilder;
import eu.viaduc.matchmaking.consortium.model.Partner;
import eu.viaduc.matchmaking.consortium.model.Proposal;
import eu.viaduc.matchmaking.consortium.model.Team;
import eu.viaduc.matchmaking.consortium.model.TeamRules;
import eu.viaduc.matchmaking.ranking.model.Assessor;
import eu.viaduc.matchmaking.ranking.model.Message;
import eu.viaduc.matchmaking.ranking.model.Sentences;
import eu.viaduc.taxonomy.Competences;

@Schema(name = "ConsortiumProposal", description = "Teams that together cover every required competence, best first, with why",
        examples = """
                {"opportunityId": "7c3e5a1f-2d4b-4c6e-8f9a-1b2c3d4e5f60", "language": "en",
                 "requiredCompetences": ["textile-recycling", "weaving"],
                 "rules": {"minCountries": 2, "minClusters": 2, "onePerCluster": true, "maxSize": 4, "alternatives": 3},
                 "teams": [
                  {"size": 2, "fit": 79.25, "countries": ["BE", "FR"],
                   "clusters": ["1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"],
                   "coverage": [
                    {"competence": "textile-recycling", "label": "Textile recycling",
                     "coveredBy": ["2a6f1c3e-8b4d-4e7a-9c5f-0d1e2f3a4b5c"]},
                    {"competence": "weaving", "label": "Weaving", "coveredBy": ["4b7e2d9a-1c3f-4a5b-8d6e-7f8a9b0c1d2e"]}],
                   "members": [
                    {"organisationId": "2a6f1c3e-8b4d-4e7a-9c5f-0d1e2f3a4b5c", "name": "Filature du Nord SAS", "country": "FR",
                     "clusters": ["1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"],
                     "represents": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "representsName": "Nord Textile Cluster",
                     "covers": ["textile-recycling"], "fit": 82.5,
                     "substitutes": [
                      {"organisationId": "5c8f3e0b-2d4a-4b6c-9e7f-8a9b0c1d2e3f", "name": "Filatures de Roubaix SARL",
                       "country": "FR"}],
                     "explanation": "Covers “Textile recycling”. From FR, a member of 2 clusters; fit 82.5/100."},
                    {"organisationId": "4b7e2d9a-1c3f-4a5b-8d6e-7f8a9b0c1d2e", "name": "Weverij De Leie NV", "country": "BE",
                     "clusters": ["2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a"],
                     "represents": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "representsName": "Flanders Textile Cluster",
                     "covers": ["weaving"], "fit": 76.0, "substitutes": [],
                     "explanation": "Covers “Weaving”. From BE, a member of 2 clusters; fit 76.0/100."}],
                   "explanation": "2 members from 2 countries, representing 2 clusters, cover the 2 required competences."}],
                 "uncoveredCompetences": [],
                 "ruledOut": {"members": [
                   {"organisationId": "2a6f1c3e-8b4d-4e7a-9c5f-0d1e2f3a4b5c", "name": "Filature du Nord SAS", "country": "FR"},
                   {"organisationId": "6d9a4f1c-3e5b-4c7d-8f0a-9b0c1d2e3f4a", "name": "Tissage Lillois SA", "country": "FR"}],
                  "violations": [
                   {"rule": "COUNTRIES", "has": 1, "asked": 2, "explanation": "its members come from 1 countries, 2 asked."},
                   {"rule": "ONE_PER_CLUSTER", "has": 2, "asked": 1,
                    "explanation": "two of its members belong to the same cluster."}]},
                 "search": {"method": "EXACT", "candidates": 14, "pool": 9, "complete": true, "steps": 1260},
                 "explanation": "All 14 organisations offering a required competence were considered: no smaller team exists,\
                 and none of the same size fits better. The obvious team, the smallest and best-fitting one without your\
                 diversity rules (Filature du Nord SAS, Tissage Lillois SA), was ruled out: its members come from 1 countries,\
                 2 asked. two of its members belong to the same cluster."}""")
public record ConsortiumView(
        @Schema(nullable = true, description = "The opportunity the teams are for; null for competences asked ad hoc") UUID opportunityId,
        @Schema(required = true, description = "The language of the explanations: en, fr or nl (Accept-Language)") String language,
        @Schema(required = true) List<String> requiredCompetences,
        @Schema(required = true) RulesView rules,
        @Schema(required = true, description = "Smallest first, then the best mean fit; empty when no team is possible")
        List<TeamView> teams,
        @Schema(required = true, description = "Required competences no candidate offers") List<String> uncoveredCompetences,
        @Schema(nullable = true, description = "The obvious team (smallest, best fit, without the diversity rules) when those rules ruled it out")
        RuledOutView ruledOut,
        @Schema(required = true) SearchView search,
        @Schema(required = true, description = "What was considered, and why there is no team or why the obvious one is not proposed")
        String explanation) {

    /** The proposal shown in the reader's language, the clusters represented named from matchmaking's read model. */
    static ConsortiumView of(UUID opportunityId, Proposal proposal, KnownClusters clusters, String language) {
        Map<UUID, String> clusterNames = clusters.namesOf(proposal.teams().stream()
                .flatMap(team -> team.representedClusters().values().stream()).collect(Collectors.toSet()));
        List<TeamView> teams = proposal.teams().stream()
                .map(team -> TeamView.of(team, proposal.required(), proposal.substitutes(), clusterNames, language)).toList();
        RuledOutView ruledOut = proposal.ruledOut() == null ? null : RuledOutView.of(proposal.ruledOut(), language);
        return new ConsortiumView(opportunityId, language, proposal.required(), RulesView.of(proposal.rules()), teams,
                proposal.uncovered(), ruledOut, new SearchView(proposal.method().name(), proposal.candidates(), proposal.pool(),
                        proposal.complete(), proposal.steps()),
                Sentences.write(proposal.explanation(), language));
    }

    @Schema(name = "ConsortiumRulesApplied", examples = """
            {"minCountries": 2, "minClusters": 2, "onePerCluster": true, "maxSize": 4, "alternatives": 3}""")
    public record RulesView(@Schema(required = true) int minCountries, @Schema(required = true) int minClusters,
            @Schema(required = true) boolean onePerCluster, @Schema(required = true) int maxSize,
            @Schema(required = true) int alternatives) {

        static RulesView of(TeamRules rules) {
            return new RulesView(rules.minCountries(), rules.minClusters(), rules.onePerCluster(), rules.maxSize(),
                    rules.alternatives());
        }
    }

    @Schema(name = "ConsortiumTeam", examples = """
            {"size": 2, "fit": 79.25, "countries": ["BE", "FR"],
             "clusters": ["1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e"],
             "coverage": [
              {"competence": "textile-recycling", "label": "Textile recycling",
               "coveredBy": ["2a6f1c3e-8b4d-4e7a-9c5f-0d1e2f3a4b5c"]},
              {"competence": "weaving", "label": "Weaving", "coveredBy": ["4b7e2d9a-1c3f-4a5b-8d6e-7f8a9b0c1d2e"]}],
             "members": [
              {"organisationId": "2a6f1c3e-8b4d-4e7a-9c5f-0d1e2f3a4b5c", "name": "Filature du Nord SAS", "country": "FR",
               "clusters": ["1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"],
               "represents": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "representsName": "Nord Textile Cluster",
               "covers": ["textile-recycling"], "fit": 82.5,
               "substitutes": [
                {"organisationId": "5c8f3e0b-2d4a-4b6c-9e7f-8a9b0c1d2e3f", "name": "Filatures de Roubaix SARL",
                 "country": "FR"}],
               "explanation": "Covers “Textile recycling”. From FR, a member of 2 clusters; fit 82.5/100."},
              {"organisationId": "4b7e2d9a-1c3f-4a5b-8d6e-7f8a9b0c1d2e", "name": "Weverij De Leie NV", "country": "BE",
               "clusters": ["2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a"],
               "represents": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "representsName": "Flanders Textile Cluster",
               "covers": ["weaving"], "fit": 76.0, "substitutes": [],
               "explanation": "Covers “Weaving”. From BE, a member of 2 clusters; fit 76.0/100."}],
             "explanation": "2 members from 2 countries, representing 2 clusters, cover the 2 required competences."}""")
    public record TeamView(
            @Schema(required = true) int size,
            @Schema(required = true, description = "The members' mean ranking score for the need, out of 100") double fit,
            @Schema(required = true) List<String> countries,
            @Schema(required = true, description = "Clusters represented, each by a different member") List<UUID> clusters,
            @Schema(required = true, description = "Each required competence and the members covering it") List<CoverageView> coverage,
            @Schema(required = true) List<MemberView> members,
            @Schema(required = true) String explanation) {

        static TeamView of(Team team, List<String> required, Map<UUID, List<Partner>> substitutes, Map<UUID, String> clusterNames,
                String language) {
            Map<UUID, UUID> represented = team.representedClusters();
            List<CoverageView> coverage = team.coverage(required).entrySet().stream()
                    .map(e -> new CoverageView(e.getKey(), Competences.label(e.getKey(), language), e.getValue())).toList();
            List<MemberView> members = team.members().stream()
                    .map(m -> MemberView.of(m, represented.get(m.id()), clusterNames.get(represented.get(m.id())),
                            substitutes.getOrDefault(m.id(), List.of()), language))
                    .toList();
            List<UUID> clusters = represented.values().stream().sorted().toList();
            String explanation = Sentences.write(Message.of("consortium.team", team.size(), team.countries().size(),
                    clusters.size(), required.size()), language);
            return new TeamView(team.size(), round(team.fit()), List.copyOf(team.countries()), clusters, coverage, members,
                    explanation);
        }
    }

    @Schema(name = "ConsortiumCoverage", examples = """
            {"competence": "textile-recycling", "label": "Textile recycling",
             "coveredBy": ["2a6f1c3e-8b4d-4e7a-9c5f-0d1e2f3a4b5c"]}""")
    public record CoverageView(@Schema(required = true) String competence,
            @Schema(required = true, description = "Its label in the response's language") String label,
            @Schema(required = true) List<UUID> coveredBy) {
    }

    @Schema(name = "ConsortiumMember", examples = """
            {"organisationId": "2a6f1c3e-8b4d-4e7a-9c5f-0d1e2f3a4b5c", "name": "Filature du Nord SAS", "country": "FR",
             "clusters": ["1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f"],
             "represents": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "representsName": "Nord Textile Cluster",
             "covers": ["textile-recycling"], "fit": 82.5,
             "substitutes": [
              {"organisationId": "5c8f3e0b-2d4a-4b6c-9e7f-8a9b0c1d2e3f", "name": "Filatures de Roubaix SARL",
               "country": "FR"}],
             "explanation": "Covers “Textile recycling”. From FR, a member of 2 clusters; fit 82.5/100."}""")
    public record MemberView(
            @Schema(required = true) UUID organisationId,
            @Schema(required = true) String name,
            @Schema(nullable = true, description = "ISO 3166-1 alpha-2; null if its profile gives none") String country,
            @Schema(required = true, description = "Clusters it is an active member of") List<UUID> clusters,
            @Schema(nullable = true, description = "The cluster it represents in the team, if any") UUID represents,
            @Schema(nullable = true, description = "That cluster's name (null if none, or not known here yet)") String representsName,
            @Schema(required = true, description = "The required competences it offers") List<String> covers,
            @Schema(required = true, description = "Its ranking score for the need, out of 100") double fit,
            @Schema(required = true, description = "Organisations that would do the same in its place (same competences, country and clusters)")
            List<OrganisationRef> substitutes,
            @Schema(required = true) String explanation) {

        static MemberView of(Partner member, UUID represents, String representsName, List<Partner> substitutes, String language) {
            List<String> covers = member.covers().stream().sorted().toList();
            String explanation = Sentences.write(Message.of("consortium.member", new Assessor.Labels(covers),
                    member.country() == null ? "?" : member.country(), member.clusters().size(), round(member.fit())), language);
            return new MemberView(member.id(), member.name(), member.country(), member.clusters().stream().sorted().toList(),
                    represents, representsName, covers, round(member.fit()),
                    substitutes.stream().map(s -> new OrganisationRef(s.id(), s.name(), s.country())).toList(), explanation);
        }
    }

    @Schema(name = "ConsortiumOrganisation", examples = """
            {"organisationId": "5c8f3e0b-2d4a-4b6c-9e7f-8a9b0c1d2e3f", "name": "Filatures de Roubaix SARL", "country": "FR"}""")
    public record OrganisationRef(@Schema(required = true) UUID organisationId, @Schema(required = true) String name,
            @Schema(nullable = true, description = "ISO 3166-1 alpha-2; null if its profile gives none") String country) {
    }

    @Schema(name = "ConsortiumRuledOut", examples = """
            {"members": [
              {"organisationId": "2a6f1c3e-8b4d-4e7a-9c5f-0d1e2f3a4b5c", "name": "Filature du Nord SAS", "country": "FR"},
              {"organisationId": "6d9a4f1c-3e5b-4c7d-8f0a-9b0c1d2e3f4a", "name": "Tissage Lillois SA", "country": "FR"}],
             "violations": [
              {"rule": "COUNTRIES", "has": 1, "asked": 2, "explanation": "its members come from 1 countries, 2 asked."},
              {"rule": "ONE_PER_CLUSTER", "has": 2, "asked": 1,
               "explanation": "two of its members belong to the same cluster."}]}""")
    public record RuledOutView(@Schema(required = true) List<OrganisationRef> members,
            @Schema(required = true) List<ViolationView> violations) {

        static RuledOutView of(Proposal.RuledOut ruledOut, String language) {
            return new RuledOutView(ruledOut.team().members().stream()
                    .map(m -> new OrganisationRef(m.id(), m.name(), m.country())).toList(),
                    ruledOut.violations().stream().map(v -> ViolationView.of(v, language)).toList());
        }
    }

    @Schema(name = "ConsortiumViolation", examples = """
            {"rule": "COUNTRIES", "has": 1, "asked": 2,
             "explanation": "its members come from 1 countries, 2 asked."}""")
    public record ViolationView(
            @Schema(required = true, enumeration = {"COUNTRIES", "CLUSTERS", "ONE_PER_CLUSTER", "SIZE"}) String rule,
            @Schema(required = true) int has, @Schema(required = true) int asked,
            @Schema(required = true) String explanation) {

        static ViolationView of(Team.Violation violation, String language) {
            return new ViolationView(violation.rule().name(), violation.has(), violation.asked(),
                    Sentences.write(violation.message(), language));
        }
    }

    @Schema(name = "ConsortiumSearch", description = "What the search considered", examples = """
            {"method": "EXACT", "candidates": 14, "pool": 9, "complete": true, "steps": 1260}""")
    public record SearchView(
            @Schema(required = true, enumeration = {"EXACT", "NARROWED"}, description = "EXACT: every organisation offering a "
                    + "required competence was searched; NARROWED: beyond " + ConsortiumBuilder.EXACT_BOUND + " kinds of candidates, the best holders of "
                    + "each competence and the best of each country and cluster were") String method,
            @Schema(required = true, description = "Organisations offering at least one required competence") int candidates,
            @Schema(required = true, description = "Kinds of candidates searched (interchangeable organisations count once)") int pool,
            @Schema(required = true, description = "False when the search ran out of steps before proving its teams the best") boolean complete,
            @Schema(required = true) long steps) {
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
