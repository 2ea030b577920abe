package org.paperclaims.extractors.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperclaims.extractors.internal.CueFlags;
import org.paperclaims.extractors.internal.PhraseSet;
import org.paperclaims.extractors.internal.TokenText;
import org.paperclaims.extractors.internal.Vocabulary;
import org.paperclaims.model.CodeClaim;
import org.paperclaims.model.CodeKind;
import org.paperclaims.model.CodeStatus;
import org.paperclaims.pipeline.Document;
import org.paperclaims.pipeline.Extractor;
import org.paperclaims.pipeline.Key;
import org.paperclaims.text.Sentence;
import org.paperclaims.text.TextView;
import org.paperclaims.text.Token;
import org.paperclaims.text.TokenKind;
import org.paperclaims.text.TokenList;

/**
 * Finds where code, a project page or a demo lives ({@code code} claims): every http(s) URL of the
 * abstract, cleaned of LaTeX wrappers, escapes and sentence punctuation by the shared text view, and
 * statements without a URL such as "Full code and model are released" or "code will be released".
 *
 * <p>Rules (vocabulary in {@code code-links.txt}):
 * <ul>
 * <li>kind: {@code demo} when the clause before the URL calls it a demo and names no code or weights;
 *     else {@code repository} on a repository host (github.com, gitlab.com, bitbucket.org,
 *     huggingface.co, codeberg.org); else {@code project_page}.</li>
 * <li>status: {@code promised} when the sentence before the URL (or the statement) says "will",
 *     "soon", "upon acceptance" and the like; else {@code available}.</li>
 * <li>repo: {@code owner/name} from the first two path segments on github.com, gitlab.com and
 *     codeberg.org, without a {@code .git} suffix.</li>
 * <li>A repository URL written without its scheme ("github.com/owner/name") is a URL as written.</li>
 * <li>URLs with credentials and anything not http(s) are ignored; a URL repeated in one abstract is
 *     one claim; a statement without a URL counts only in an abstract without any URL, once.</li>
 * </ul>
 */
public final class CodeLinkExtractor implements Extractor {
    private static final Vocabulary VOCAB = Vocabulary.load("code-links.txt");
    private static final PhraseSet CODE_WORDS = VOCAB.phrases("code-words");
    private static final int CODE_WORD_START = 1;
    private static final int HOST_FIRST_WORD = 1 << 1;
    private static final Set<String> CODE_TOPICS = VOCAB.words("code-topics");
    private static final PhraseSet RELEASE = VOCAB.phrases("release");
    private static final PhraseSet PROMISE = VOCAB.phrases("promise");
    private static final PhraseSet DEMO = VOCAB.phrases("demo");
    private static final PhraseSet ARTIFACT = VOCAB.phrases("artifact");
    private static final PhraseSet CUE = VOCAB.phrases("cue");
    private static final List<String> REPOSITORY_HOSTS = VOCAB.entries("repository-hosts");
    private static final List<String> REPO_HOSTS = VOCAB.entries("repo-hosts");
    /**
     * The first word of each repository host ("github" of github.com): a token that is none of them cannot start
     * a bare repository URL, which rules out almost every token with one id compare.
     */
    private static final PhraseSet HOST_FIRST_WORDS = PhraseSet.of(REPOSITORY_HOSTS.stream()
            .map(h -> TextView.of(h).tokens().get(0).lower()).toList());
    /**
     * Cue flags (see CueFlags): the first words of the code words (a sentence without one holds no statement)
     * and of the repository hosts (no bare repository URL starts elsewhere).
     */
    private static final CueFlags CUES = new CueFlags()
            .phrases(CODE_WORD_START, VOCAB.entries("code-words"))
            .phrases(HOST_FIRST_WORD, REPOSITORY_HOSTS);
    /** Each repository host with the '/' that must follow it, built once rather than at every token. */
    private static final List<String> HOST_PREFIXES = REPOSITORY_HOSTS.stream().map(h -> h + "/").toList();
    /** How far before a URL the cue phrase of the claim's text is looked for. */
    private static final int CUE_WINDOW = 8;
    /** How far before a URL its promise ("will be released at") and its clause are read, in tokens. */
    private static final int STATUS_WINDOW = 30;
    /** How far apart the code word and the release word of a statement without URL may be. */
    private static final int STATEMENT_WINDOW = 8;

    @Override
    public String id() {
        return "code";
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Key.claims(CodeClaim.class));
    }

    @Override
    public void extract(Document document) {
        for (CodeClaim c : claims(document.text(), true)) {
            document.add(c);
        }
    }

    /**
     * The claims of {@code view}. With {@code prefiltered}, URL tokens are found by their kinds, a URL without
     * scheme is looked for only at tokens where the text holds a repository host, and a statement only where a
     * code word may start, which spares reading every token of the many abstracts that have neither; without it
     * every token is read (the general path the tests compare the fast one with). Both give the same claims.
     */
    static List<CodeClaim> claims(TextView view, boolean prefiltered) {
        TokenList tokens = view.tokens();
        List<CodeClaim> out = new ArrayList<>(2);
        // A URL without scheme needs a repository host and its '/' in the original: most texts have none.
        int[] hostAt = prefiltered ? hostOffsets(view.original()) : null;
        boolean bare = !prefiltered || hostAt.length > 0;
        Set<String> seen = null;
        int[] flags = null;
        if (prefiltered && !(bare && view.normalized() != view.original())) {
            // The URL tokens are found from the kinds alone (a byte a token, cheaper than searching the text
            // for "http" and "www."), and the few tokens a URL without scheme can start at from the text's
            // characters, which is its reading here, so a token's start is its offset in it.
            int[] hosts = bare ? tokensAt(hostAt, tokens) : NO_TOKENS;
            List<Sentence> sentences = view.sentences();
            int n = tokens.size();
            int covered = -1;
            int h = 0;
            int u = nextUrl(tokens, 0);
            while (true) {
                int i;
                if (h < hosts.length && hosts[h] < u) {
                    i = hosts[h++];
                } else if (u < n) {
                    i = u;
                    u = nextUrl(tokens, u + 1);
                } else {
                    break;
                }
                if (i > covered) {
                    seen = seen == null ? new HashSet<>() : seen;
                    covered = linkAt(view, sentences.get(tokens.get(i).sentence()), i, bare, null, seen, out);
                }
            }
        } else {
            flags = prefiltered ? CUES.of(tokens) : null;
            seen = new HashSet<>();
            for (Sentence s : view.sentences()) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    if (tokens.kind(i) != TokenKind.URL && !(flags == null || (flags[i] & HOST_FIRST_WORD) != 0)) {
                        continue; // neither a URL nor a host word: most tokens, left unread
                    }
                    i = linkAt(view, s, i, true, flags, seen, out);
                }
            }
        }
        // A statement counts only when the abstract gives no URL at all, even a later one: "accompanied by
        // an open-source implementation ... Code is available on github.com/..." is one claim, the link.
        // So it is looked for only then, in the first sentence that holds one.
        if (seen == null || seen.isEmpty()) {
            if (prefiltered && flags == null) {
                flags = CUES.of(tokens);
            }
            for (Sentence s : view.sentences()) {
                int[] span = statementSpan(view, s, flags);
                if (span != null) {
                    out.add(new CodeClaim(view.original().substring(span[0], span[1]), span[0], span[1], null,
                            CodeKind.REPOSITORY, span[2] == 1 ? CodeStatus.PROMISED : CodeStatus.AVAILABLE, null));
                    break;
                }
            }
        }
        return out;
    }

    private static final int[] NO_TOKENS = new int[0];

    /** The first URL token from {@code from} on, or the size: a small loop over the kinds, no token read. */
    private static int nextUrl(TokenList tokens, int from) {
        int n = tokens.size();
        int i = from;
        while (i < n && tokens.kind(i) != TokenKind.URL) {
            i++;
        }
        return i;
    }

    /**
     * The link that starts at token {@code i} of sentence {@code s}, if any, added to {@code out} unless
     * {@code seen} (lower-case URLs so far) holds it. Returns the last token the link covers (the scan goes on
     * after it), or {@code i} when no link starts there. With {@code flags}, a non-URL token is read only when
     * flagged as a host's first word.
     */
    private static int linkAt(TextView view, Sentence s, int i, boolean bare, int[] flags, Set<String> seen,
            List<CodeClaim> out) {
        TokenList tokens = view.tokens();
        Token t = tokens.get(i);
        boolean link = t.kind() == TokenKind.URL;
        String url;
        int last = i;
        if (link) {
            url = cleanUrl(t.text());
        } else {
            last = bare && (flags == null || (flags[i] & HOST_FIRST_WORD) != 0) ? bareRepositoryUrlEnd(view, s, i) : -1;
            url = last < 0 ? null : view.original().substring(t.start(), tokens.get(last).end());
        }
        if (url == null) {
            return i;
        }
        if (!seen.add(url.toLowerCase(Locale.ROOT))) {
            return last;
        }
        int clauseStart = clauseStart(tokens, s, i);
        int from = cueStart(tokens, clauseStart, i);
        String host = link ? host(url) : hostOfBare(url);
        CodeKind kind = kindOf(tokens, clauseStart, i, host);
        CodeStatus status = PROMISE.find(tokens, Math.max(s.firstToken(), i - STATUS_WINDOW), i) >= 0
                ? CodeStatus.PROMISED : CodeStatus.AVAILABLE;
        String repo = REPO_HOSTS.contains(host) ? repoOf(link ? url : "https://" + url) : null;
        int start = tokens.get(from).start();
        int end = tokens.get(last).end();
        out.add(new CodeClaim(view.original().substring(start, end), start, end, url, kind, status, repo));
        return last;
    }

    /**
     * The offsets, ascending, where {@code text} holds a repository host followed by '/', ignoring case, as
     * {@link #bareRepositoryUrlEnd} requires at the first token of a URL without scheme. Looked for back from
     * each '/', of which an abstract has few, and at a '/' only for the hosts whose last letter stands before it.
     */
    static int[] hostOffsets(String text) {
        int[] at = NO_TOKENS;
        int count = 0;
        for (int slash = text.indexOf('/'); slash > 0; slash = text.indexOf('/', slash + 1)) {
            char before = text.charAt(slash - 1);
            for (String host : HOST_PREFIXES) {
                int from = slash + 1 - host.length();
                char last = host.charAt(host.length() - 2);
                // An ASCII character matches an ASCII one ignoring case only if they agree but for bit 0x20.
                if (from < 0 || (before < 0x80 && last < 0x80 && (before | 0x20) != (last | 0x20))) {
                    continue;
                }
                if (text.regionMatches(true, from, host, 0, host.length())) {
                    at = add(at, count++, from);
                }
            }
        }
        if (count == 0) {
            return NO_TOKENS;
        }
        java.util.Arrays.sort(at, 0, count);
        return java.util.Arrays.copyOf(at, count);
    }

    /**
     * The tokens, in order, that start at one of {@code offsets} (ascending) of a view whose text needed no
     * normalisation (a token's start is its offset in the text): found by binary search by start offset, so
     * that no other token is read.
     */
    static int[] tokensAt(int[] offsets, TokenList tokens) {
        int[] out = new int[offsets.length];
        int found = 0;
        int lo = 0;
        for (int k = 0; k < offsets.length; k++) {
            int p = offsets[k];
            if (k > 0 && p == offsets[k - 1]) {
                continue;
            }
            lo = TokenText.firstStartingAtOrAfter(tokens, lo, p);
            if (lo < tokens.size() && tokens.get(lo).start() == p) {
                out[found++] = lo;
            }
        }
        return found == out.length ? out : java.util.Arrays.copyOf(out, found);
    }

    private static int[] add(int[] a, int count, int value) {
        int[] b = count < a.length ? a : java.util.Arrays.copyOf(a, Math.max(4, a.length * 2));
        b[count] = value;
        return b;
    }

    /**
     * The last token of a repository URL written without its scheme ("github.com/owner/name"), starting at
     * {@code i}, or -1 when no such URL starts there. The host must be a known repository host followed at
     * once by '/', and the URL runs over the tokens that touch it, without the sentence punctuation after it.
     */
    static int bareRepositoryUrlEnd(TextView view, Sentence s, int i) {
        List<Token> tokens = view.tokens();
        Token t = tokens.get(i);
        if (t.kind() != TokenKind.WORD || HOST_FIRST_WORDS.matchAt(tokens, i) == 0
                || (i > s.firstToken() && !t.spaceBefore() && !tokens.get(i - 1).isSymbol('('))) {
            return -1;
        }
        String text = view.original();
        String host = null;
        for (int h = 0; h < HOST_PREFIXES.size(); h++) {
            String prefix = HOST_PREFIXES.get(h);
            if (text.regionMatches(true, t.start(), prefix, 0, prefix.length())) {
                host = REPOSITORY_HOSTS.get(h);
                break;
            }
        }
        if (host == null) {
            return -1;
        }
        // The host is several tokens ("github", ".", "com"); the URL runs on over every token that touches it.
        int slashAt = t.start() + host.length();
        int last = i;
        while (last + 1 < s.endToken() && tokens.get(last + 1).start() <= slashAt) {
            last++;
        }
        if (last + 2 >= s.endToken() || !tokens.get(last).isSymbol('/') || tokens.get(last + 1).spaceBefore()) {
            return -1;
        }
        while (last + 1 < s.endToken() && !tokens.get(last + 1).spaceBefore()) {
            last++;
        }
        while (tokens.get(last).start() > slashAt && tokens.get(last).kind() == TokenKind.SYMBOL
                && ".,;:!?)]}'\u2019".indexOf(tokens.get(last).text().charAt(0)) >= 0) {
            last--;
        }
        return tokens.get(last).start() > slashAt ? last : -1;
    }

    /** The lower-case host of a URL written without its scheme: everything before the first '/'. */
    private static String hostOfBare(String url) {
        int slash = url.indexOf('/');
        return url.substring(0, slash < 0 ? url.length() : slash).toLowerCase(Locale.ROOT);
    }

    /**
     * A release statement without a URL: a code word and a release word close together in one sentence; as
     * {start, end, promised}, or {@code null}. With {@code flags} ({@link #STATEMENT_CUES} of the text), only
     * tokens flagged as a possible first word of a code word are matched.
     */
    private static int[] statementSpan(TextView view, Sentence s, int[] flags) {
        List<Token> tokens = view.tokens();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (flags != null && (flags[i] & CODE_WORD_START) == 0) {
                continue; // the common case: no code word starts here
            }
            int len = CODE_WORDS.matchAt(tokens, i);
            if (len == 0) {
                continue;
            }
            Token after = i + len < s.endToken() ? tokens.get(i + len) : null;
            if (after != null && (CODE_TOPICS.contains(after.lower()) || after.isSymbol('-'))) {
                continue;
            }
            int lo = Math.max(s.firstToken(), i - STATEMENT_WINDOW);
            int hi = Math.min(s.endToken(), i + len + STATEMENT_WINDOW);
            int release = -1;
            int releaseLen = 0;
            for (int j = lo; j < hi; j++) {
                int rl = RELEASE.matchAt(tokens, j);
                if (rl > 0) {
                    release = j;
                    releaseLen = rl;
                    if (j > i) {
                        break;
                    }
                }
            }
            if (release < 0) {
                continue;
            }
            int first = Math.min(release, i);
            int last = Math.max(release + releaseLen, i + len) - 1;
            first = extendBack(tokens, s, first);
            // Only a promise inside the statement counts: "... code, will advance the field" is no promise.
            boolean promised = PROMISE.find(tokens, Math.max(s.firstToken(), first - 3), last + 1) >= 0;
            return new int[] {tokens.get(first).start(), tokens.get(last).end(), promised ? 1 : 0};
        }
        return null;
    }

    /** Widens a statement's text back over its subject's article and adjectives ("The code and ..."). */
    private static int extendBack(List<Token> tokens, Sentence s, int first) {
        int f = first;
        for (int k = 0; k < 4 && f - 1 >= s.firstToken(); k++) {
            Token prev = tokens.get(f - 1);
            if (prev.kind() != TokenKind.WORD) {
                break;
            }
            String w = prev.lower();
            if (w.equals("the") || w.equals("full") || w.equals("all") || w.equals("our") || w.equals("and")
                    || w.equals("models") || w.equals("model") || w.equals("source") || w.equals("complete")) {
                f--;
            } else {
                break;
            }
        }
        return f;
    }

    /** The first token of the clause that holds the URL: after the last ';' or sentence start. */
    private static int clauseStart(List<Token> tokens, Sentence s, int url) {
        int floor = Math.max(s.firstToken(), url - STATUS_WINDOW);
        for (int j = url - 1; j > floor; j--) {
            if (tokens.get(j).isSymbol(';')) {
                return j + 1;
            }
        }
        return floor;
    }

    /** Where the claim's text starts: the earliest cue phrase within a few tokens before the URL. */
    private static int cueStart(List<Token> tokens, int clauseStart, int url) {
        int from = url;
        for (int j = url - 1; j >= Math.max(clauseStart, url - CUE_WINDOW); j--) {
            if (CUE.matchAt(tokens, j) > 0) {
                from = j;
            }
        }
        return from;
    }

    private static CodeKind kindOf(List<Token> tokens, int clauseStart, int url, String host) {
        boolean demo = DEMO.find(tokens, clauseStart, url) >= 0;
        if (demo && ARTIFACT.find(tokens, clauseStart, url) < 0) {
            return CodeKind.DEMO;
        }
        if (REPOSITORY_HOSTS.contains(host)) {
            return CodeKind.REPOSITORY;
        }
        return CodeKind.PROJECT_PAGE;
    }

    /**
     * The URL as a claim reports it, or {@code null} when it is not a plain http(s) URL: credentials,
     * other schemes and URLs without a host are refused.
     */
    static String cleanUrl(String raw) {
        String u = raw;
        if (u.startsWith("www.")) {
            u = "https://" + u;
        }
        if (!startsIgnoringCase(u, "http://") && !startsIgnoringCase(u, "https://")) {
            return null;
        }
        // Closing braces or brackets left over from markup the view could not pair.
        int end = u.length();
        while (end > 0 && "}]".indexOf(u.charAt(end - 1)) >= 0) {
            end--;
        }
        u = u.substring(0, end);
        String host = host(u);
        if (host.isEmpty() || host.indexOf('.') < 0) {
            return null;
        }
        int schemeEnd = u.indexOf("//") + 2;
        int pathStart = indexOfAny(u, schemeEnd, "/?#");
        String authority = u.substring(schemeEnd, pathStart < 0 ? u.length() : pathStart);
        if (authority.indexOf('@') >= 0) {
            return null;
        }
        return u;
    }

    /**
     * Whether {@code s} lower-cased starts with {@code lowerAscii}, lower-case ASCII without 'i' or 'k', compared
     * in place, so that no lower-case copy of the URL is made: only the ASCII capitals lower-case to the other
     * ASCII letters (the Kelvin sign lower-cases to 'k', the dotted capital I to "i\u0307").
     */
    private static boolean startsIgnoringCase(String s, String lowerAscii) {
        int n = lowerAscii.length();
        if (s.length() < n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            char t = lowerAscii.charAt(k);
            if (c != t && !(t >= 'a' && t <= 'z' && c == t - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case host of an http(s) URL without {@code www.}, or "" when there is none. */
    static String host(String url) {
        int schemeEnd = url.indexOf("//");
        if (schemeEnd < 0) {
            return "";
        }
        int from = schemeEnd + 2;
        int to = indexOfAny(url, from, "/?#:");
        String h = url.substring(from, to < 0 ? url.length() : to).toLowerCase(Locale.ROOT);
        int at = h.lastIndexOf('@');
        if (at >= 0) {
            h = h.substring(at + 1);
        }
        return h.startsWith("www.") ? h.substring(4) : h;
    }

    /** {@code owner/name} of a repository URL, or {@code null} when the path has fewer than two segments. */
    static String repoOf(String url) {
        int schemeEnd = url.indexOf("//") + 2;
        int slash = url.indexOf('/', schemeEnd);
        if (slash < 0) {
            return null;
        }
        int stop = indexOfAny(url, slash, "?#");
        int pathEnd = stop < 0 ? url.length() : stop;
        // The first two segments of the path, read in place rather than split out.
        int second = url.indexOf('/', slash + 1);
        if (second < 0 || second >= pathEnd || second == slash + 1) {
            return null;
        }
        int third = url.indexOf('/', second + 1);
        int nameEnd = third < 0 || third > pathEnd ? pathEnd : third;
        if (nameEnd > second + 5 && url.startsWith(".git", nameEnd - 4)) {
            nameEnd -= 4;
        } else if (nameEnd == second + 5 && url.startsWith(".git", nameEnd - 4)) {
            return null; // the name is ".git" alone
        }
        return nameEnd == second + 1 ? null : url.substring(slash + 1, second) + "/" + url.substring(second + 1, nameEnd);
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
