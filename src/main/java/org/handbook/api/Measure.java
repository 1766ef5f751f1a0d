package org.handbook.api;

/**
 * A figure as a number with its unit and the period it refers to, e.g.
 * {@code {"value":58250,"unit":"USD per year","referencePeriod":"May 2022"}}. {@code value} is null
 * where BLS gives no figure.
 */
public record Measure(Number value, String unit, String referencePeriod) {
}
