package org.paperclaims.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Reads the date lines of a "Daily Papers" listing: {@code Mar 29}, {@code Mar 29 2} (2 upvotes),
 * {@code Nov 15, 2024}, {@code May 24, 2024 2}. A date without a year takes the most recent such day not
 * after the reference date.
 */
final class ListingDates {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private ListingDates() {
    }

    /**
     * A parsed date line.
     *
     * @param month 1..12
     * @param day 1..31
     * @param year the year, or 0 when the line has none
     * @param upvotes the upvote count, or {@code null} when the line shows none
     */
    record DateLine(int month, int day, int year, Integer upvotes) {
        LocalDate resolve(LocalDate reference) {
            if (year > 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    return null;
                }
            }
            // Feb 29 may need a few years back to find a leap year.
            for (int y = reference.getYear(); y > reference.getYear() - 9; y--) {
                try {
                    LocalDate d = LocalDate.of(y, month, day);
                    if (!d.isAfter(reference)) {
                        return d;
                    }
                } catch (DateTimeException e) {
                    // not a valid day in year y; try the year before
                }
            }
            return null;
        }
    }

    /** The date line {@code line} stands for, or {@code null} when it is not one. */
    static DateLine parse(String line) {
        String s = line.strip();
        if (s.length() < 5 || s.length() > 40) {
            return null;
        }
        String[] parts = s.split(" +");
        if (parts.length < 2 || parts.length > 4) {
            return null;
        }
        int month = month(parts[0]);
        if (month == 0) {
            return null;
        }
        String dayPart = parts[1];
        boolean comma = dayPart.endsWith(",");
        if (comma) {
            dayPart = dayPart.substring(0, dayPart.length() - 1);
        }
        int day = digits(dayPart, 2);
        if (day < 1 || day > 31) {
            return null;
        }
        int year = 0;
        Integer upvotes = null;
        int i = 2;
        if (i < parts.length) {
            int v = digits(parts[i], 4);
            if (v < 0) {
                return null;
            }
            boolean looksLikeYear = parts[i].length() == 4 && v >= 1900 && v <= 2200;
            if (comma || (looksLikeYear && parts.length == 4)) {
                if (!looksLikeYear) {
                    return null;
                }
                year = v;
                i++;
            } else if (comma) {
                return null;
            }
        } else if (comma) {
            return null;
        }
        if (i < parts.length) {
            int v = digits(parts[i], 9);
            if (v < 0) {
                return null;
            }
            upvotes = v;
            i++;
        }
        return i == parts.length ? new DateLine(month, day, year, upvotes) : null;
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        for (int m = 0; m < MONTHS.length; m++) {
            if (w.startsWith(MONTHS[m]) && (w.length() == 3 || fullName(m).startsWith(w))) {
                return m + 1;
            }
        }
        return 0;
    }

    private static String fullName(int m) {
        return java.time.Month.of(m + 1).name().toLowerCase(Locale.ROOT);
    }

    /** The value of a run of at most {@code maxDigits} ASCII digits, or -1. */
    private static int digits(String s, int maxDigits) {
        if (s.isEmpty() || s.length() > maxDigits) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
