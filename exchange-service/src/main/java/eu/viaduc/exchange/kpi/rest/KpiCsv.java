package eu.viaduc.exchange.kpi.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import eu.viaduc.exchange.kpi.service.ProgrammeKpis.Kpis;

/** The KPIs as one CSV table a spreadsheet opens: section, key, second key, measure, value. */
final class KpiCsv {

    private KpiCsv() {
    }

    static String of(Kpis kpis) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("section", "key", "key2", "measure", "value").get())) {
            for (var category : kpis.categories()) {
                String key = category.category().name();
                csv.printRecord("category", key, "", "target", category.target());
                csv.printRecord("category", key, "", "capped", category.capped());
                csv.printRecord("category", key, "", "submitted", category.submitted());
                csv.printRecord("category", key, "", "validated", category.validated());
                csv.printRecord("category", key, "", "agreed", category.agreed());
                csv.printRecord("category", key, "", "completed", category.completed());
                csv.printRecord("category", key, "", "closed", category.closed());
            }
            for (var pair : kpis.countryPairs()) {
                csv.printRecord("countryPair", pair.visitorCountry(), pair.hostCountry(), "exchanges", pair.exchanges());
            }
            for (var chain : kpis.valueChains()) {
                csv.printRecord("valueChain", chain.valueChain(), "", "exchanges", chain.exchanges());
            }
            csv.printRecord("budget", kpis.budget().currency(), "", "amount", kpis.budget().amount());
            csv.printRecord("budget", kpis.budget().currency(), "", "committed", kpis.budget().committed());
            csv.printRecord("budget", kpis.budget().currency(), "", "due", kpis.budget().due());
            csv.printRecord("budget", kpis.budget().currency(), "", "remaining", kpis.budget().remaining());
            csv.printRecord("stay", "", "", "averageWorkingDays",
                    kpis.averageStayWorkingDays() == null ? "" : kpis.averageStayWorkingDays());
            for (var duration : kpis.stateDurations()) {
                csv.printRecord("stateDuration", duration.state(), "", "averageDays", duration.averageDays());
            }
            csv.printRecord("ended", "", "", "exchanges", kpis.ended());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
