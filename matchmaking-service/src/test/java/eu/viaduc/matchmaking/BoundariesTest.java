package eu.viaduc.matchmaking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The allowed dependencies inside matchmaking-service, so that features stay apart as the service grows:
 * a feature's model knows nothing of how it is served or published; a feature's events are its own;
 * the organisation read model depends on no feature built on it; features do not form cycles.
 */
@AnalyzeClasses(packages = "eu.viaduc.matchmaking", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {

    @ArchTest
    static final ArchRule modelsStandAlone = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..rest..", "..events..")
            .because("a model holds the rules of its state and nothing of how it is stored, served or published");

    @ArchTest
    static final ArchRule eventsAreNotServed = noClasses().that().resideInAPackage("..events..")
            .should().dependOnClassesThat().resideInAPackage("..rest..")
            .because("what goes on a topic is a contract of its own, not a REST view");

    @ArchTest
    static final ArchRule theReadModelDependsOnNoFeature = noClasses().that()
            .resideInAPackage("eu.viaduc.matchmaking.organisation..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.viaduc.matchmaking.opportunity..",
                    "eu.viaduc.matchmaking.candidate..", "eu.viaduc.matchmaking.matchingprofile..")
            .because("the organisation read model is built from members' events alone and every feature reads it");

    @ArchTest
    static final ArchRule nobodyUsesAnotherFeaturesEvents = slices().matching("eu.viaduc.matchmaking.(*).events..")
            .should().notDependOnEachOther()
            .because("a feature's consumers and producers are its own business");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("eu.viaduc.matchmaking.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnotherFeaturesConsumers = noClasses().that()
            .resideOutsideOfPackage("eu.viaduc.matchmaking.organisation..")
            .should().dependOnClassesThat().resideInAPackage("eu.viaduc.matchmaking.organisation.events..")
            .because("other features read organisations through organisation.service");
}
