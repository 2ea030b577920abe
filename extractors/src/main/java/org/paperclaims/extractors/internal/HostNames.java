package org.paperclaims.extractors.internal;

import java.util.List;

/** A cheap look at raw text for host names before any token is read (most abstracts hold none). Not API. */
public final class HostNames {
    private HostNames() {
    }

    /**
     * Whether {@code text} holds one of {@code hostsWithSlash} (each ending in '/', such as "github.com/")
     * ending at some '/' of the text, ignoring case. Looked for back from each '/', of which an abstract has few.
     */
    public static boolean anyEndingAtSlash(String text, List<String> hostsWithSlash) {
        for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
            for (String host : hostsWithSlash) {
                int from = slash + 1 - host.length();
                if (from >= 0 && text.regionMatches(true, from, host, 0, host.length())) {
                    return true;
                }
            }
        }
        return false;
    }
}
