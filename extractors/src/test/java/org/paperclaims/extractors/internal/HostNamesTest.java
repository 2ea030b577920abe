package org.paperclaims.extractors.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostNamesTest {
    private static final List<String> HOSTS = List.of("github.com/", "huggingface.co/");

    @Test
    void aHostEndingAtASlashIsFoundInAnyCase() {
        assertTrue(HostNames.anyEndingAtSlash("Code: GitHub.com/acme/fastgen.", HOSTS));
        assertTrue(HostNames.anyEndingAtSlash("weights at https://huggingface.co/acme", HOSTS));
    }

    @Test
    void slashesElsewhereOrAHostWithoutSlashAreNot() {
        assertFalse(HostNames.anyEndingAtSlash("a 3/4 split and input/output pairs", HOSTS));
        assertFalse(HostNames.anyEndingAtSlash("we host it on github.com soon", HOSTS));
        assertFalse(HostNames.anyEndingAtSlash("/", HOSTS));
        assertFalse(HostNames.anyEndingAtSlash("", HOSTS));
    }
}
