package org.paperclaims.extractors.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.MethodClaim;
import org.paperclaims.model.Paper;
import org.paperclaims.pipeline.ClaimChain;
import org.paperclaims.text.TextView;

class MethodExtractorTest {
    private static final ClaimChain CHAIN = ClaimChain.newBuilder().include("method").build();

    private static List<MethodClaim> claims(String text) {
        return CHAIN.extract(text, MethodClaim.class);
    }

    private static List<MethodClaim> claims(String title, String text) {
        return CHAIN.process(Paper.of("p", title, text)).claims(MethodClaim.class);
    }

    private static void assertMethod(MethodClaim c, String text, String name, String longName) {
        assertEquals(text, c.text());
        assertEquals(name, c.name());
        assertEquals(longName, c.longName());
    }

    @Test
    void nameRightAfterAnIntroVerbIsTheMethod() {
        String text = "Meshes are slow to build. In this paper, we present PolyForge, a novel framework for "
                + "fast polygon generation. PolyForge runs in seconds.";
        List<MethodClaim> c = claims(text);
        assertEquals(1, c.size());
        assertMethod(c.get(0), "PolyForge", "PolyForge", null);
        assertEquals(text.indexOf("PolyForge"), c.get(0).start());
    }

    @Test
    void spelledOutNameWithAbbreviationGivesBoth() {
        List<MethodClaim> c = claims("This paper introduces Sparse Window Caching (SWC), a training-free way to "
                + "shrink the cache.");
        assertMethod(c.get(0), "Sparse Window Caching (SWC)", "SWC", "Sparse Window Caching");
    }

    @Test
    void abbreviationWithItsSpelledOutNameInParenthesesGivesBoth() {
        List<MethodClaim> c = claims("We present HALO (Hierarchical Anchor Layout Optimizer), a layout planner.");
        assertMethod(c.get(0), "HALO (Hierarchical Anchor Layout Optimizer)", "HALO",
                "Hierarchical Anchor Layout Optimizer");
    }

    @Test
    void shortForInParenthesesIsSkipped() {
        assertEquals("Hierarchical Anchor Layout Optimizer", claims("We present HALO (short for Hierarchical "
                + "Anchor Layout Optimizer), a layout planner.").get(0).longName());
        assertEquals("Hierarchical Anchor Layout Optimizer", claims("We present HALO (i.e., Hierarchical "
                + "Anchor Layout Optimizer), a layout planner.").get(0).longName());
    }

    @Test
    void spelledOutNameWithOfKeepsItsInnerWords() {
        List<MethodClaim> c = claims("We propose the Mixture of Sparse Adapters (MoSA) design for edge devices.");
        assertMethod(c.get(0), "Mixture of Sparse Adapters (MoSA)", "MoSA", "Mixture of Sparse Adapters");
    }

    @Test
    void nameAfterANounPhraseInAppositionIsTheMethod() {
        List<MethodClaim> c = claims("Then, we propose a lightweight pruning technique, HeadTrim, to cut "
                + "attention heads at load time.");
        assertMethod(c.get(0), "HeadTrim", "HeadTrim", null);
    }

    @Test
    void capitalisedNameBeforeAnAppositionGetsItsLongName() {
        List<MethodClaim> c = claims("We introduce an adaptive Token Budget Scheduling framework, TBS for short, "
                + "for serving.");
        assertMethod(c.get(0), "TBS", "TBS", "Token Budget Scheduling");
    }

    @Test
    void namingWordsGiveTheName() {
        assertMethod(claims("We design a video relighting model named GlowShift that runs in real time.").get(0),
                "GlowShift", "GlowShift", null);
        assertMethod(claims("Concretely, we generalise score matching into a framework, termed s-match, that "
                + "covers many losses.").get(0), "s-match", "s-match", null);
        assertMethod(claims("We term this new decoder Q-Dec.").get(0), "Q-Dec", "Q-Dec", null);
    }

    @Test
    void capitalisedWordsInAppositionAreTheName() {
        assertMethod(claims("We propose a new decoding paradigm, Lookahead Drafting, which needs no draft model.")
                .get(0), "Lookahead Drafting", "Lookahead Drafting", null);
        assertEquals(List.of(), claims("We propose three variants: Small, Base and Large."));
    }

    @Test
    void nameDescribedAsNovelIsTheMethod() {
        assertMethod(claims("FastSculpt is a novel text-to-3D method that runs in minutes.").get(0), "FastSculpt",
                "FastSculpt", null);
        assertEquals(List.of(), claims("In contrast to Mamba, a new architecture, our model keeps attention."));
    }

    @Test
    void nameBeforeAGenericHeadOrAfterOurMethodIsTheMethod() {
        assertMethod(claims("We present the LoomNet architecture, which weaves features.").get(0), "LoomNet",
                "LoomNet", null);
        assertMethod(claims("Our proposed method, QuickDraw, sketches in real time.").get(0), "QuickDraw",
                "QuickDraw", null);
    }

    @Test
    void versionNumberBelongsToTheName() {
        assertMethod(claims("This report introduces Sorrel 3.5, a family of speech models.").get(0),
                "Sorrel 3.5", "Sorrel 3.5", null);
    }

    @Test
    void twoProposedMethodsWithoutUmbrellaNameAreTwoClaims() {
        List<MethodClaim> c = claims("First, we introduce Gradient Echo Alignment (GEA), an alignment objective. "
                + "To run in real time, we propose StepLite, a one-step sampler. Together, GEA and StepLite win.");
        assertEquals(List.of("GEA", "StepLite"), c.stream().map(MethodClaim::name).toList());
    }

    @Test
    void enumeratedStagesAreEachAMethod() {
        List<MethodClaim> c = claims("We propose a two-stage framework: (1) Patch-Adaptive VAE (PA-VAE) which "
                + "encodes regions with variable length. (2) PA-Decoder which predicts the codes.");
        assertEquals(List.of("PA-VAE", "PA-Decoder"), c.stream().map(MethodClaim::name).toList());
        assertEquals("Patch-Adaptive VAE", c.get(0).longName());
    }

    @Test
    void baselinesAndPriorWorkAreNoMethods() {
        assertEquals(List.of(), claims("Previous methods, such as VoxelGPT, are slow. Prior work, named "
                + "FlowNet-X, was recently proposed. Compared to StreamKV, a novel cache, it is faster. We compare "
                + "against a baseline called NaiveCache."));
    }

    @Test
    void descriptionsWithoutANameAreNoMethods() {
        assertEquals(List.of(), claims("We propose a simple yet effective method to speed up LLaMA inference on "
                + "A100 GPUs. We also introduce specialized strategies for key caches with RoPE."));
    }

    @Test
    void twoNamesJoinedByAndAreBothMethods() {
        assertEquals(List.of("DraftNet", "VerifyNet"), claims("We introduce DraftNet and VerifyNet, two models for "
                + "fast retrieval.").stream().map(MethodClaim::name).toList());
    }

    @Test
    void nameRightAfterTheHeadNounIsTheMethod() {
        assertMethod(claims("We propose a novel framework FastEdit that edits images in one step.").get(0),
                "FastEdit", "FastEdit", null);
        assertEquals(List.of(), claims("We propose a framework for serving with vLLM and FlashAttention that is fast."));
    }

    @Test
    void ourBaseModelIsNoMethod() {
        assertEquals(List.of(), claims("Our base model, Llama-2, stays frozen while the adapter learns."));
    }

    @Test
    void releasedDataSetIsNoMethod() {
        assertEquals(List.of(), claims("We also release VoiceBlend, a new 500-hour dataset of accented speech."));
    }

    @Test
    void surveysProposeNoMethod() {
        assertEquals(List.of(), claims("A Survey of Efficient Decoding: From Drafts to Trees",
                "We present a systematic survey of decoding methods and introduce TreeBench, a taxonomy."));
    }

    @Test
    void titlePrefixMarksTheMethodAtItsFirstMention() {
        String text = "Wave simulation is costly. Ripple learns a neural operator and runs 40x faster.";
        List<MethodClaim> c = claims("Ripple: Fast Wave Simulation with Neural Operators", text);
        assertMethod(c.get(0), "Ripple", "Ripple", null);
        assertEquals(text.indexOf("Ripple"), c.get(0).start());
    }

    @Test
    void latexMacroForTheNameTakesTheTitleName() {
        List<MethodClaim> c = claims("GLU: Gated Linear Units Revisited",
                "We introduce a simple layer called \\glu that mixes gating and recurrence.");
        assertMethod(c.get(0), "\\glu", "GLU", null);
    }

    @Test
    void oneLetterMisspellingTakesTheTitleSpelling() {
        List<MethodClaim> c = claims("PhotoSmith: Editing Photos with Words",
                "We introduce PhotoSmitth, an editing model. PhotoSmith edits photos in one second.");
        assertEquals(1, c.size());
        assertMethod(c.get(0), "PhotoSmitth", "PhotoSmith", null);
    }

    @Test
    void titleLongNameWithAbbreviationReportsTheAbbreviation() {
        List<MethodClaim> c = claims("Layer Drop Distillation: Faster Students",
                "This leads to Layer Drop Distillation (LDD), which trains students quickly.");
        assertMethod(c.get(0), "Layer Drop Distillation (LDD)", "LDD", "Layer Drop Distillation");
    }

    @Test
    void variantsOfTheMethodAreNotNewMethods() {
        List<MethodClaim> c = claims("We propose ConvFlow, a convolutional flow model. Our largest model, "
                + "ConvFlow-XL, reaches an FID of 2.0.");
        assertEquals(1, c.size());
        assertNull(c.get(0).longName());
    }

    @Test
    void emptyAndGarbageTextGiveNothing() {
        assertEquals(List.of(), claims(""));
        assertEquals(List.of(), claims("we propose ( ( , : named called \\ -- (1) (2) termed"));
    }

    @Test
    void greekLetterOfTheTitleNameMatchesItsLatexSpellingAndKeepsTheTitleName() {
        List<MethodClaim> c = claims("FlowNet-β: Quick Sampling for Images",
                "We describe FLOWNET-$\\beta$, a sampler that needs four steps. FLOWNET-$\\beta$ is simple.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertEquals("FlowNet-β", c.get(0).name());
        assertEquals("FLOWNET-$\\beta$", c.get(0).text());
    }

    @Test
    void titleCasePhraseWrittenInLowerCaseInTheAbstractIsNoName() {
        List<MethodClaim> c = claims("Token Merging: Hype or Help?",
                "Token merging (ToMe) is widely used to speed up vision transformers. We measure where it helps.");
        assertEquals(0, c.size(), () -> "claims: " + c);
    }

    @Test
    void firstSystematicStudyProposesNoMethod() {
        List<MethodClaim> c = claims("We present, to our knowledge, the first systematic study of KV cache "
                + "eviction (KVE) on a production serving stack.");
        assertEquals(0, c.size(), () -> "claims: " + c);
    }

    @Test
    void abbreviationThatQualifiesAGenericHeadIsNotTheMethod() {
        List<MethodClaim> c = claims("We introduce a classifier-free guidance (CFG) annealing scheme that "
                + "keeps prompts aligned.");
        assertEquals(0, c.size(), () -> "claims: " + c);
    }

    @Test
    void resultingModelDenotedAsANameIsTheMethod() {
        List<MethodClaim> c = claims("Sharing weights across blocks adds no parameters. The resulting model, "
                + "denoted as TinyShare, keeps the latency of its base.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertMethod(c.get(0), "TinyShare", "TinyShare", null);
    }

    @Test
    void digitInAbbreviationStandsForARepeatedLetter() {
        List<MethodClaim> c = claims("This work relies on a simple recipe named sparse spectral sampling (S3), "
                + "which halves the steps.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertMethod(c.get(0), "sparse spectral sampling (S3)", "S3", "sparse spectral sampling");
    }

    @Test
    void digitInAbbreviationStandsForToOrFor() {
        List<MethodClaim> c = claims("We propose Learning to Route Experts (Learn2RE), a router trained offline.");
        assertMethod(c.get(0), "Learning to Route Experts (Learn2RE)", "Learn2RE", "Learning to Route Experts");
        List<MethodClaim> d = claims("We propose M2R (Masked Mesh Refiner), a light refiner for meshes.");
        assertMethod(d.get(0), "M2R (Masked Mesh Refiner)", "M2R", "Masked Mesh Refiner");
    }

    @Test
    void digitThatSpellsNothingGivesNoLongName() {
        List<MethodClaim> c = claims("We propose Quick Sparse Tuning (Q7ST), a light fine-tuning recipe.");
        assertEquals(0, c.stream().filter(m -> "Quick Sparse Tuning".equals(m.longName())).count(),
                () -> "claims: " + c);
    }

    @Test
    void commaSeparatedLongNameWithAbbreviation() {
        List<MethodClaim> c = claims("We propose Shift, Merge, and Prune (SMP), a training-free token reducer.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertMethod(c.get(0), "Shift, Merge, and Prune (SMP)", "SMP", "Shift, Merge, and Prune");
    }

    @Test
    void listOfNamesBeforeAnAbbreviationOfTheLastIsNotOneLongName() {
        List<MethodClaim> c = claims("We propose FooNet, Adaptive Bar Caching (ABC) and more.");
        assertEquals(0, c.stream().filter(m -> m.longName() != null && m.longName().contains(",")).count(),
                () -> "claims: " + c);
    }

    @Test
    void lowerCaseLongNameAfterANamingWord() {
        List<MethodClaim> c = claims("This paper closes the gap with a strategy termed layer-wise draft "
                + "pruning (LDP). LDP needs no training.");
        assertMethod(c.get(0), "layer-wise draft pruning (LDP)", "LDP", "layer-wise draft pruning");
        List<MethodClaim> d = claims("We propose a pruning method, namely gradient-aware head pruning (GHP), "
                + "for small models.");
        assertMethod(d.get(0), "gradient-aware head pruning (GHP)", "GHP", "gradient-aware head pruning");
    }

    @Test
    void abbreviationFollowedByAPrepositionalPhraseStillNamesTheMethod() {
        List<MethodClaim> c = claims("We propose Fast and Light Tuning (FLT) of speech models, which needs "
                + "one GPU.");
        assertMethod(c.get(0), "Fast and Light Tuning (FLT)", "FLT", "Fast and Light Tuning");
    }

    @Test
    void exclamationMarkIsPartOfTheName() {
        List<MethodClaim> c = claims("We introduce Zoom!, a sampler for fast audio generation.");
        assertMethod(c.get(0), "Zoom!", "Zoom!", null);
    }

    @Test
    void latexSuperscriptNameKeepsItsWrittenForm() {
        List<MethodClaim> c = claims("We propose a one-step upscaler with three discriminators, called "
                + "T$^3$UP. Our T$^3$UP is fast.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertMethod(c.get(0), "T$^3$UP", "T$^3$UP", null);
    }

    @Test
    void nameMacroStandsForTheTitleName() {
        List<MethodClaim> c = claims("SplatForge: Fast Splatting", "A fast framework, named as \\ours, is "
                + "proposed for splatting. Our \\ours renders a scene in minutes.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertMethod(c.get(0), "\\ours", "SplatForge", null);
    }

    @Test
    void formattingMacroIsNoName() {
        List<MethodClaim> c = claims("SplatForge: Fast Splatting", "Scenes render \\textbf fast and \\textbf "
                + "well with our renderer.");
        assertEquals(0, c.size(), () -> "claims: " + c);
    }

    @Test
    void namePartOfALongerNameIsNotASecondMethod() {
        List<MethodClaim> c = claims("Learning to Route: Faster Mixtures", "We propose Learning to Route "
                + "Experts (Learn2RE), a router trained offline.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertEquals("Learn2RE", c.get(0).name());
    }

    @Test
    void dottedLowerCaseSystemName() {
        List<MethodClaim> c = claims("We present vec.cache, the first embedding cache for phones. vec.cache "
                + "cuts latency.");
        assertMethod(c.get(0), "vec.cache", "vec.cache", null);
        assertEquals(0, claims("We present e.g. a cache for phones.").size());
    }

    @Test
    void nameInParenthesesAfterOurApproach() {
        List<MethodClaim> c = claims("Our flow-matching (FM)-based approach (Marimba) outperforms the "
                + "baselines on two sets.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertMethod(c.get(0), "Marimba", "Marimba", null);
        assertEquals(0, claims("Our latent model (LDM)-based decoder is small.").size());
    }

    @Test
    void ourSpelledOutNameWithAbbreviation() {
        List<MethodClaim> c = claims("We study how our Sparse Mixer Networks (SMNs) scale with depth.");
        assertMethod(c.get(0), "Sparse Mixer Networks (SMNs)", "SMNs", "Sparse Mixer Networks");
    }

    @Test
    void recentModelCalledByNameIsNotTheMethod() {
        List<MethodClaim> c = claims("To validate it, we apply it to a recent MLLM called Vista-Next and run "
                + "the benchmarks.");
        assertEquals(0, c.size(), () -> "claims: " + c);
    }

    @Test
    void byDevelopingIntroducesTheMethod() {
        List<MethodClaim> c = claims("In this paper, we improve Score Matching (SM) by developing dual-scale "
                + "adaptive guidance (DAG) for one-step generators.");
        assertEquals(List.of("DAG"), c.stream().map(MethodClaim::name).toList());
    }

    @Test
    void repositoryNamedAfterASpelledOutAbbreviation() {
        List<MethodClaim> c = claims("Based on this insight, we propose to decode tokens from rough to exact "
                + "(RTE), which uses a second head. Code: https://github.com/someone/RTE.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertMethod(c.get(0), "rough to exact (RTE)", "RTE", "rough to exact");
    }

    @Test
    void repositoryNamedAfterACoinedPhrase() {
        List<MethodClaim> c = claims("In this paper, we introduce Jumpahead sampling, an exact sampler. "
                + "Code: https://github.com/lab/JumpaheadSampling");
        assertMethod(c.get(0), "Jumpahead sampling", "Jumpahead sampling", null);
    }

    @Test
    void repositoryOfABaselineSpelledOutAfterACueIsNotTheMethod() {
        List<MethodClaim> c = claims("We compare against methods such as Rapid Token Eviction (RTE). "
                + "Code: https://github.com/someone/RTE.");
        assertEquals(0, c.size(), () -> "claims: " + c);
    }

    @Test
    void abbreviationSpelledOutLaterInItsSentence() {
        List<MethodClaim> c = claims("We introduce GTP, a gradient-then-token pruning approach that trims "
                + "layers.");
        assertMethod(c.get(0), "GTP", "GTP", "gradient-then-token pruning");
        List<MethodClaim> d = claims("We introduce MVT, a simple paradigm based on Masked Video Tokens.");
        assertEquals("Masked Video Tokens", d.get(0).longName());
    }

    @Test
    void searchingOnlySentencesWithCuesFindsWhatSearchingEverySentenceFinds() {
        String text = "Long videos are costly to caption. In this paper, we present ClipWeaver, a novel framework "
                + "for dense captioning. Prior systems, such as GIT, caption frames alone. We term this module "
                + "Span Fusion. TempoMix, a new lightweight adapter, aligns frames with words. Our framework, "
                + "ClipWeaver-L, scales to hours, and our Sparse Frame Attention (SFA) halves memory. We also add a "
                + "gating scheme, which we call GateMix, and a loss referred to as SpanNCE.";
        List<String> titles = java.util.Arrays.asList(null, "ClipWeaver: Dense Captioning of Long Videos",
                "Span Fusion: Captions at Scale");
        for (String title : titles) {
            TextView view = TextView.of(text);
            List<MethodClaim> general = MethodExtractor.claims(view, title, false);
            assertEquals(general, MethodExtractor.claims(view, title, true), String.valueOf(title));
            assertEquals(true, general.size() >= 5, () -> "claims: " + general);
        }
    }

    @Test
    void titleNamesReadFromTheirCharactersTokeniseAsTheirViewDoes() {
        // Names of every shape the character reading accepts, and some it must leave to the view.
        List<String> names = List.of("MeshCraft", "Kandinsky 5", "FOO-2 Net", "f-distill", "Mixture of Experts",
                "LLaMA3 70B", "3D-Speaker", "A B C D E", "x256", "Simple Net", "sim 7", "leq2", "  Spaced  Out ",
                "v1.5", "FID_b", "PixArt-\u03b1", "D$^3$SR", "\\foo", "Geq", "and", "Of Mice", "--", "");
        for (String name : names) {
            List<MethodExtractor.PrefixToken> simple = MethodExtractor.simplePrefixTokens(name);
            if (simple != null) {
                assertEquals(MethodExtractor.viewPrefixTokens(name), simple, name);
            }
        }
        for (String name : List.of("MeshCraft", "Kandinsky 5", "FOO-2 Net", "f-distill", "Mixture of Experts",
                "LLaMA3 70B", "3D-Speaker", "A B C D E", "A B C D", "x256", "Simple Net", "sim 7", "Towards fast X",
                "Of Mice and Men", "AND of", "mixture OF Experts", "eDiff-I", "2", "-", "Speculative Decoding", "",
                "leq2", "Geq", "Simple", "Ssim", "agEq", "Fast-geq", "Sim", "si m")) {
            List<MethodExtractor.PrefixToken> simple = MethodExtractor.simplePrefixTokens(name);
            int read = simple == null ? MethodExtractor.NOT_SIMPLE : MethodExtractor.titleNameOf(simple);
            assertEquals(read, MethodExtractor.simpleTitleName(name), name);
        }
        assertNull(MethodExtractor.simplePrefixTokens("v1.5"));
        assertNull(MethodExtractor.simplePrefixTokens("sim 7"));
        assertEquals(4, MethodExtractor.simplePrefixTokens("FOO-2 Net").size());
    }

    @Test
    void titleNamesOfTheGoldTitlesTokeniseAsTheirViewDoes() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("src/test/resources/gold");
        int compared = 0;
        try (var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".jsonl")).toList()) {
                for (String line : java.nio.file.Files.readAllLines(f)) {
                    int at = line.indexOf("\"title\": \"");
                    int colon = at < 0 ? -1 : line.indexOf(':', at + 10);
                    if (colon < 0) {
                        continue;
                    }
                    String name = line.substring(at + 10, colon).strip();
                    List<MethodExtractor.PrefixToken> simple = MethodExtractor.simplePrefixTokens(name);
                    if (simple != null) {
                        assertEquals(MethodExtractor.viewPrefixTokens(name), simple, name);
                        assertEquals(MethodExtractor.titleNameOf(simple), MethodExtractor.simpleTitleName(name), name);
                        compared++;
                    }
                }
            }
        }
        assertEquals(true, compared > 50, "compared " + compared);
    }

    @Test
    void surveyTitlesFoundWithoutAViewAreThoseTheViewFinds() {
        List<String> titles = List.of("A Survey of Efficient Diffusion Sampling", "SURVEY: fast decoding",
                "Speculative Decoding: A Systematic Review", "Reviewing Caches for Long Context", "Tutorial on KV Caches",
                "Overviews Matter", "Fast Sampling with Rectified Flows", "Resurveying the Field", "Systems at Scale",
                "Review", "s", "", "Survey$^2$: a \\emph{survey}", "Tr", "A Review\u00e9 of Caches");
        for (String title : titles) {
            assertEquals(MethodExtractor.surveyTitleByView(title), MethodExtractor.surveyTitle(title), title);
        }
        assertEquals(true, MethodExtractor.surveyTitle("A Survey of Efficient Diffusion Sampling"));
        assertEquals(false, MethodExtractor.surveyTitle("Fast Sampling with Rectified Flows"));
    }

    @Test
    void mentionsFoundFromTheCharactersAreThoseFoundAtEveryToken() {
        List<String> texts = new java.util.ArrayList<>(List.of(
                "We present KANet, a Kelvin-scale net; kanet-2 and KA-Net (KANet) run at 35KANet speed.",
                "\u212Aelvin and \u0130nstant: ScoreFlow-\u03b1 beats \ud835\udcb3Net and 𝒳Net on 2x 3D tasks.",
                "Our \\sys model, $\\alpha$-Flow, runs 2.5x faster than alpha-Flow (AF).",
                "Code: xhttps://github.com/a/NotIt, foo_https://github.com/b/NorThis, www.github.com/c/Site "
                        + "and https://gitlab.com/d/Real (see http://github.com/e/Later).",
                "No repo at https://example.org/x, then https://github.com/owner/ "
                        + "and https://github.com/owner/RepoName.git.",
                "Hosts in capitals: GITHUB.COM/a/b, CodeBerg.Org/x, gitlab.com/ and/or /github.com"));
        texts.addAll(org.paperclaims.extractors.GoldAbstracts.all());
        int found = 0;
        for (String text : texts) {
            TextView view = TextView.of(text);
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (int i = 0; i < view.size(); i++) {
                names.add(view.token(i).text());
                if (i + 1 < view.size()) {
                    names.add(view.token(i).text() + " " + view.token(i + 1).text());
                }
            }
            assertEquals(MethodExtractor.firstRepositoryName(view, false), MethodExtractor.firstRepositoryName(view, true));
            assertEquals(org.paperclaims.extractors.internal.HostNames.anyEndingAtSlash(view.normalized(),
                    List.of("github.com/", "gitlab.com/", "codeberg.org/")), MethodExtractor.mayNameCodeHost(view.normalized()));
            for (String name : names) {
                for (int titleCase = -1; titleCase <= 1; titleCase++) {
                    String general = MethodExtractor.titleMentionSpan(view, name, titleCase, false);
                    assertEquals(general, MethodExtractor.titleMentionSpan(view, name, titleCase, true), name);
                    found += general == null ? 0 : 1;
                }
            }
        }
        assertEquals(true, found > 1000, "found " + found);
        assertEquals("Site", MethodExtractor.firstRepositoryName(TextView.of(texts.get(3)), true));
        assertEquals("RepoName", MethodExtractor.firstRepositoryName(TextView.of(texts.get(4)), true));
    }

    @Test
    void nameKeysKeptInArraysAndPastThemInAMapAnswerAsAMap() {
        MethodExtractor.KeyIndex index = new MethodExtractor.KeyIndex();
        java.util.Map<String, Integer> map = new java.util.HashMap<>();
        for (int k = 0; k < 40; k++) {
            for (String key : List.of("name" + k, "name" + (k / 2), "")) {
                index.putIfAbsent(key, k);
                map.putIfAbsent(key, k);
            }
            for (int j = 0; j <= k + 1; j++) {
                assertEquals(map.getOrDefault("name" + j, -1), index.get("name" + j));
            }
            assertEquals(0, index.get(""));
        }
    }
}
