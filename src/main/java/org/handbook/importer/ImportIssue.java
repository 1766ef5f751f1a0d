package org.handbook.importer;

/**
 * Something an operator should know about one occupation: {@code occupation} names it (its title, or
 * its place in the file when it has none), {@code element} is the path of the XML element concerned
 * ({@code quick_facts/qf_number_of_jobs/value}).
 */
public record ImportIssue(String occupation, String element, String message) {

    @Override
    public String toString() {
        return occupation + ": " + element + ": " + message;
    }
}
