package eu.viaduc.webhooks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The allowed dependencies inside webhooks-service: subscriptions know nothing of how events are
 * delivered, the callback guard knows no feature, and features form no cycles.
 */
@AnalyzeClasses(packages = "eu.viaduc.webhooks", importOptions = ImportOption.DoNotIncludeTests.class)
class BoundariesTest {

    @ArchTest
    static final ArchRule modelsStandAlone = noClasses().that().resideInAPackage("..model..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..rest..", "..events..")
            .because("a model holds the rules of its state and nothing of how it is stored, served or published");

    @ArchTest
    static final ArchRule subscriptionsDoNotDeliver = noClasses().that().resideInAPackage("eu.viaduc.webhooks.subscription..")
            .should().dependOnClassesThat().resideInAPackage("eu.viaduc.webhooks.delivery..")
            .because("delivery is built on subscriptions, never the other way round");

    @ArchTest
    static final ArchRule theGuardKnowsNoFeature = noClasses().that().resideInAPackage("eu.viaduc.webhooks.callback..")
            .should().dependOnClassesThat().resideInAnyPackage("eu.viaduc.webhooks.subscription..", "eu.viaduc.webhooks.delivery..")
            .because("where a callback may point is a rule of its own");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("eu.viaduc.webhooks.(*)..").should().beFreeOfCycles();
}
