package eu.viaduc.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A code list read from one of the CSV files under {@code taxonomies/} in this module's resources:
 * the first column is the code, the header names the others. The files are the reference; the
 * code never lists codes itself.
 */
final class CodeList {

    private final Map<String, CSVRecord> byCode;

    private CodeList(Map<String, CSVRecord> byCode) {
        this.byCode = byCode;
    }

    static CodeList load(String file) {
        String resource = "taxonomies/" + file;
        try (InputStream in = CodeList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing taxonomy file " + resource);
            }
            Map<String, CSVRecord> byCode = new LinkedHashMap<>();
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                byCode.put(record.get(0), record);
            }
            return new CodeList(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read taxonomy file " + resource, e);
        }
    }

    boolean contains(String code) {
        return byCode.containsKey(code);
    }

    Optional<CSVRecord> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Collection<CSVRecord> all() {
        return byCode.values();
    }
}
