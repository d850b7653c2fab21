package eu.viaduc.matchmaking.alert.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a person wants to hear of: published or renewed opportunities matching words (in any language),
 * types, competences, NACE sectors (prefixes) and countries sought. An empty list means any.
 */
@Entity
@Table(name = "saved_search")
public class SavedSearch {

    @Id
    private UUID id;
    private String subject;
    private String name;
    private String q;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> types;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> competences;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "nace_prefixes")
    private List<String> nacePrefixes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> countries;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected SavedSearch() {
    }

    public SavedSearch(String subject, String name, String q, List<String> types, List<String> competences,
            List<String> nacePrefixes, List<String> countries, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.subject = subject;
        this.name = name;
        this.q = q;
        this.types = List.copyOf(types);
        this.competences = List.copyOf(competences);
        this.nacePrefixes = List.copyOf(nacePrefixes);
        this.countries = List.copyOf(countries);
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String name() {
        return name;
    }

    public String q() {
        return q;
    }

    public List<String> types() {
        return types;
    }

    public List<String> competences() {
        return competences;
    }

    public List<String> nacePrefixes() {
        return nacePrefixes;
    }

    public List<String> countries() {
        return countries;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
