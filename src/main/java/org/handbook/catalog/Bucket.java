package org.handbook.catalog;

/**
 * One choice of a finder filter over a whole-number figure: the words it is shown with and its
 * bounds, either of which may be open.
 *
 * @param label the words of the choice, as BLS prints them
 * @param min   the least value in the bucket, inclusive; {@code null} for no lower bound
 * @param max   the greatest value in the bucket, inclusive; {@code null} for no upper bound
 */
public record Bucket(String label, Integer min, Integer max) {

    public boolean contains(int value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }
}
