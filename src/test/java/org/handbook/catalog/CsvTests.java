package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
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

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaStartsWithAQuote() {
        assertThat(Csv.field("=1+2")).isEqualTo("'=1+2");
        assertThat(Csv.field("+1+2")).isEqualTo("'+1+2");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(Csv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.field("\r=cmd")).isEqualTo("\"'\r=cmd\"");
        assertThat(Csv.field("=HYPERLINK(\"http://example.com\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\"");
        assertThat(Csv.field("-")).isEqualTo("'-");
        assertThat(Csv.field("Clerks - general")).isEqualTo("Clerks - general");
    }

    @Test
    void negativeNumbersStayNumbers() {
        assertThat(Csv.field(-3)).isEqualTo("-3");
        assertThat(Csv.field(-11000)).isEqualTo("-11000");
        assertThat(Csv.field("-3")).isEqualTo("-3");
        assertThat(Csv.field("-0.25")).isEqualTo("-0.25");
        assertThat(Csv.field(new BigDecimal("-28.01").toPlainString())).isEqualTo("-28.01");
    }

    @Test
    void aDownloadRowKeepsItsNumbersAndNeutralisesItsText() {
        OccupationRecord typists = new OccupationRecord("typists", "=HYPERLINK(\"http://evil.example\")", "@cmd",
                "Office", "43-9022", true, "http://localhost:8080/office/typists/", "High school diploma or equivalent",
                "None", "Short-term on-the-job training", 45000, new BigDecimal("21.63"), "2022-05-01", 2022, 44900,
                2032, -36, "Decline", -16000, 2600, "https://www.bls.gov/ooh/", null);

        String[] lines = Csv.of(List.of(typists)).split("\r\n");

        assertThat(lines[1]).isEqualTo("typists,\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@cmd,Office,43-9022,true,"
                + "http://localhost:8080/office/typists/,High school diploma or equivalent,None,"
                + "Short-term on-the-job training,45000,21.63,2022-05-01,2022,44900,2032,-36,Decline,-16000,2600,"
                + "https://www.bls.gov/ooh/,");
    }
}
