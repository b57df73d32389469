package io.roundup.report;

import io.roundup.company.CompanyRegistry;
import io.roundup.domain.Company;

import java.util.List;
import java.util.Optional;

/**
 * Maps the company name of an event or listing to the registry entry (by any alias, via
 * {@link CompanyRegistry}) and to the name the summaries group by: the registry name when found,
 * otherwise the name as written (trimmed).
 */
final class CompanyNames {

    private final CompanyRegistry registry;

    CompanyNames(List<Company> companies) {
        this.registry = new CompanyRegistry(companies);
    }

    Optional<Company> find(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        return registry.find(name.strip());
    }

    String canonical(String name) {
        return find(name).map(Company::name).orElse(name == null ? "" : name.strip());
    }
}
