package org.handbook.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one place where numbers and dates become text, the way BLS prints them
 * ({@code $58,250}, {@code $28.01}, {@code 37,900}, {@code 16%}, {@code May 2022}).
 * Templates reach it as {@code @figures}. A missing figure reads "Not available".
 */
@Component("figures")
public class Figures {

    public static final String NOT_AVAILABLE = "Not available";

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);

    /*
     * DecimalFormat keeps state while it formats, so threads must not share one; each call clones
     * a prototype, which costs less than parsing the pattern again.
     */
    private static final DecimalFormat GROUPED = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
    private static final DecimalFormat CENTS = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));

    /** The words BLS uses for a category, such as "Associate's degree". */
    public String label(Labelled category) {
        return category == null ? NOT_AVAILABLE : category.label();
    }

    /** Whole dollars: {@code $58,250}. */
    public String dollars(Number amount) {
        return amount == null ? NOT_AVAILABLE : "$" + grouped(amount);
    }

    /** Whole dollars, or what BLS prints in place of the figure ("This wage is equal to or greater than ..."). */
    public String dollarsOr(Number amount, String note) {
        return amount == null && note != null ? note : dollars(amount);
    }

    /** Dollars and cents: {@code $28.01}. */
    public String dollarsAndCents(BigDecimal amount) {
        if (amount == null) {
            return NOT_AVAILABLE;
        }
        return "$" + copy(CENTS).format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** An annual wage as the Quick Facts print it: {@code $58,250 per year}. */
    public String perYear(Number amount) {
        return amount == null ? NOT_AVAILABLE : dollars(amount) + " per year";
    }

    /** An hourly wage as BLS prints it in text and tables: {@code $28.01 per hour}. */
    public String perHour(BigDecimal amount) {
        return amount == null ? NOT_AVAILABLE : dollarsAndCents(amount) + " per hour";
    }

    /** A wage figure: whole dollars ({@code $58,250}), or dollars and cents for an hourly one ({@code $28.01}). */
    public String wage(Number amount, boolean hourly) {
        return hourly && amount != null ? dollarsAndCents(new BigDecimal(amount.toString())) : dollars(amount);
    }

    /** A count with thousands separators: {@code 37,900}; negative changes keep their sign. */
    public String count(Number value) {
        return value == null ? NOT_AVAILABLE : grouped(value);
    }

    /** A percentage: {@code 16%}, {@code -3%}, {@code 7.5%}. */
    public String percent(Number value) {
        return value == null ? NOT_AVAILABLE : plain(value) + "%";
    }

    /** A number without grouping, decimals only where they carry information: {@code 16}, {@code 7.5}. */
    public String plain(Number value) {
        if (value == null) {
            return NOT_AVAILABLE;
        }
        BigDecimal decimal = new BigDecimal(value.toString()).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    /** The projection period as BLS writes it: {@code 2022-32}. */
    public String period(Integer startYear, Integer endYear) {
        if (startYear == null || endYear == null) {
            return NOT_AVAILABLE;
        }
        return startYear + "-" + String.format(Locale.US, "%02d", endYear % 100);
    }

    /** {@code May 2022}. */
    public String monthYear(LocalDate date) {
        return date == null ? NOT_AVAILABLE : MONTH_YEAR.format(date);
    }

    /** {@code September 6, 2023}. */
    public String longDate(LocalDate date) {
        return date == null ? NOT_AVAILABLE : LONG_DATE.format(date);
    }

    /** {@code Wednesday, September 6, 2023}. */
    public String weekdayDate(LocalDate date) {
        return date == null ? NOT_AVAILABLE : WEEKDAY_DATE.format(date);
    }

    private static String grouped(Number value) {
        return copy(GROUPED).format(new BigDecimal(value.toString()));
    }

    private static DecimalFormat copy(DecimalFormat prototype) {
        return (DecimalFormat) prototype.clone();
    }
}
