package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("compile, process")).isEqualTo("\"compile, process\"");
        assertThat(Csv.field("the \"best\"")).isEqualTo("\"the \"\"best\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field(null)).isEmpty();
        assertThat(Csv.field(58250)).isEqualTo("58250");
    }
}
