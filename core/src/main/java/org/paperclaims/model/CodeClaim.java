package org.paperclaims.model;

import org.paperclaims.internal.Validate;

/**
 * Where code, a project page or a demo lives, or a statement that it will.
 *
 * @param url the cleaned http(s) URL, or {@code null} for a statement without one
 * @param kind repository, project page or demo
 * @param status available or promised
 * @param repo {@code owner/name} for a github.com, gitlab.com or codeberg.org repository, else {@code null}
 */
public record CodeClaim(String text, int start, int end, String url, CodeKind kind, CodeStatus status, String repo)
        implements Claim {
    public CodeClaim {
        Spans.check(text, start, end);
        Validate.notNull(kind, "kind");
        Validate.notNull(status, "status");
    }
}
