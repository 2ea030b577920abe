package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperclaims.internal.Validate;

/**
 * One paper: its listing metadata and the claims found in its abstract. Immutable; JSON has exactly the
 * paper fields of the output contract (CLAIMS.md), {@code abstract} included.
 *
 * @param id the arXiv id when the source gives one, else {@link #slugOf(String) the title's slug}
 * @param title the title as in the source, trimmed; {@code null} when the source has none
 * @param abstractText the abstract as in the source, trimmed; {@code null} when the source has none
 * @param authors the authors the source names, possibly empty
 * @param authorCount the number of authors the source states or names, or {@code null}
 * @param organization the submitting organisation's display name, or {@code null}
 * @param published the publication date, or {@code null}
 * @param upvotes the upvote count the listing shows, or {@code null}
 * @param claims every claim found in the abstract, in order of appearance
 */
@JsonPropertyOrder({"id", "title", "abstract", "authors", "authorCount", "organization", "published", "upvotes",
    "claims"})
public record Paper(String id, String title, @JsonProperty("abstract") String abstractText, List<Author> authors,
        Integer authorCount, String organization, LocalDate published, Integer upvotes, List<Claim> claims) {

    private static final int MAX_SLUG = 80;

    public Paper {
        Validate.notBlank(id, "id");
        authors = authors == null ? List.of() : List.copyOf(Validate.noNulls(authors, "authors"));
        claims = claims == null ? List.of() : List.copyOf(Validate.noNulls(claims, "claims"));
        if (authorCount != null) {
            Validate.nonNegative(authorCount, "authorCount");
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            boolean inside = abstractText != null && c.end() <= abstractText.length()
                    && abstractText.regionMatches(c.start(), c.text(), 0, c.text().length());
            if (!inside) { // messages built only on failure: this runs for every claim of every paper
                Validate.isTrue(false, "claims[" + i + "]", c.text(),
                        "must be the abstract's text at [" + c.start() + ", " + c.end() + ")");
            }
        }
    }

    /** A paper with only an id, a title and an abstract; other fields empty. */
    public static Paper of(String id, String title, String abstractText) {
        return new Paper(id, title, abstractText, List.of(), null, null, null, null, List.of());
    }

    /** This paper with its claims replaced. */
    public Paper withClaims(List<? extends Claim> newClaims) {
        return new Paper(id, title, abstractText, authors, authorCount, organization, published, upvotes,
                new ArrayList<>(newClaims));
    }

    /** The claims of one type, in order of appearance, e.g. {@code paper.claims(SpeedupClaim.class)}. */
    public <C extends Claim> List<C> claims(Class<C> type) {
        Validate.notNull(type, "type");
        List<C> out = new ArrayList<>();
        for (Claim c : claims) {
            if (type.isInstance(c)) {
                out.add(type.cast(c));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The title as a lowercase ASCII slug, the id of a paper without an arXiv id: runs of anything but
     * {@code a-z0-9} become one {@code -}, trimmed, at most 80 characters. Returns {@code ""} for
     * {@code null} or a title without letters or digits.
     */
    public static String slugOf(String title) {
        if (title == null) {
            return "";
        }
        // Built whole and then cut, as the contract's rule reads: a cut may leave a trailing '-'.
        StringBuilder sb = new StringBuilder(Math.min(title.length(), 4 * MAX_SLUG));
        boolean dash = false;
        for (int i = 0; i < title.length() && sb.length() <= MAX_SLUG; i++) {
            char c = Character.toLowerCase(title.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && sb.length() > 0) {
                    sb.append('-');
                }
                dash = false;
                sb.append(c);
            } else {
                dash = true;
            }
        }
        return sb.length() > MAX_SLUG ? sb.substring(0, MAX_SLUG) : sb.toString();
    }
}
