package org.paperclaims.extractors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperclaims.model.DatasetClaim;
import org.paperclaims.model.DatasetKind;
import org.paperclaims.pipeline.ClaimChain;

class DatasetExtractorTest {
    private static final ClaimChain CHAIN = ClaimChain.newBuilder().include("dataset").build();

    private static List<DatasetClaim> claims(String text) {
        return CHAIN.extract(text, DatasetClaim.class);
    }

    private static void assertClaim(DatasetClaim c, String text, String name, DatasetKind kind) {
        assertEquals(text, c.text());
        assertEquals(name, c.name());
        assertEquals(kind, c.kind());
    }

    @Test
    void gazetteerNameIsReportedCanonicallyWithItsMentionAsText() {
        List<DatasetClaim> c = claims("Our sampler improves FID on Celeb-A and keeps quality on Librispeech.");
        assertEquals(2, c.size());
        assertClaim(c.get(0), "Celeb-A", "CelebA", DatasetKind.DATASET);
        assertClaim(c.get(1), "Librispeech", "LibriSpeech", DatasetKind.DATASET);
    }

    @Test
    void spaceAndHyphenVariantsFoldToOneName() {
        List<DatasetClaim> c = claims("We fine-tune on MS COCO and report zero-shot scores on GSM8k.");
        assertClaim(c.get(0), "MS COCO", "MS-COCO", DatasetKind.DATASET);
        assertClaim(c.get(1), "GSM8k", "GSM8K", DatasetKind.DATASET);
    }

    @Test
    void resolutionSuffixFoldsIntoTheName() {
        for (String written : List.of("ImageNet 512x512", "ImageNet64", "ImageNet-256", "ImageNet256",
                "ImageNet 256 \\times 256", "ImageNet-1K")) {
            List<DatasetClaim> c = claims("The distilled generator reaches an FID of 2.1 on " + written + " with one step.");
            assertEquals(1, c.size(), written);
            assertClaim(c.get(0), written, "ImageNet", DatasetKind.DATASET);
        }
    }

    @Test
    void sizedSubsetFoldsIntoTheName() {
        List<DatasetClaim> c = claims("Zero-shot FID on COCO-30K drops to 9.1.");
        assertClaim(c.get(0), "COCO-30K", "MS-COCO", DatasetKind.DATASET);
    }

    @Test
    void distinctDataSetsWithSharedPrefixStayDistinct() {
        List<DatasetClaim> c = claims("We evaluate on CIFAR-100, CIFAR-10, CelebA-HQ, COCO-Stuff and ImageNet-21K.");
        assertEquals(List.of("CIFAR-100", "CIFAR-10", "CelebA-HQ", "COCO-Stuff", "ImageNet-21K"),
                c.stream().map(DatasetClaim::name).toList());
    }

    @Test
    void caseSensitiveNamesIgnoreOrdinaryWords() {
        List<DatasetClaim> c = claims("The tutor helps with math homework and with coco recipes, then scores 71% on MATH.");
        assertEquals(1, c.size());
        assertClaim(c.get(0), "MATH", "MATH", DatasetKind.DATASET);
    }

    @Test
    void proseWordsThatSpellAJoinedNameAreNoMention() {
        assertEquals(List.of(), claims("We pretrain on book corpus data and test on commonsense QA and open images."));
        assertEquals(List.of("BookCorpus", "Tanks and Temples"), claims("We pretrain on BookCorpus and render "
                + "Tanks and Temples scenes.").stream().map(DatasetClaim::name).toList());
    }

    @Test
    void benchmarkSuitesAndProtocolsAreBenchmarks() {
        List<DatasetClaim> c = claims("The compressed model keeps its MMLU score and passes the Needle-in-a-Haystack test.");
        assertClaim(c.get(0), "MMLU", "MMLU", DatasetKind.BENCHMARK);
        assertEquals(DatasetKind.BENCHMARK, c.get(1).kind());
        assertEquals("Needle-in-a-Haystack", c.get(1).name());
    }

    @Test
    void oneClaimPerNameAtItsFirstMention() {
        List<DatasetClaim> c = claims("We train on ShapeNet. On ShapeNet, the error halves, and the ShapeNet chairs look sharper.");
        assertEquals(1, c.size());
        assertEquals(12, c.get(0).start());
    }

    @Test
    void unlistedNameBeforeADatasetNounIsFound() {
        List<DatasetClaim> c = claims("We further report accuracy on the RoverScenes-4K dataset and on the OrbitQA and "
                + "StarTrail benchmarks.");
        assertEquals(List.of("RoverScenes-4K", "OrbitQA", "StarTrail"), c.stream().map(DatasetClaim::name).toList());
        assertTrue(c.stream().allMatch(x -> x.kind() == DatasetKind.DATASET));
    }

    @Test
    void unlistedNamesListedAfterAPluralNounAreFound() {
        List<DatasetClaim> c = claims("Gains hold across benchmarks such as OrbitQA, DeepStack-Eval and ChartHop.");
        assertEquals(List.of("OrbitQA", "DeepStack-Eval", "ChartHop"), c.stream().map(DatasetClaim::name).toList());
    }

    @Test
    void benchSuffixOrSuiteNounMakesABenchmark() {
        List<DatasetClaim> c = claims("We release OrbitBench, a suite of 40 planning tasks, and top the Pelican leaderboard.");
        assertClaim(c.get(0), "OrbitBench", "OrbitBench", DatasetKind.BENCHMARK);
        assertClaim(c.get(1), "Pelican", "Pelican", DatasetKind.BENCHMARK);
    }

    @Test
    void releasedDataSetDescribedInAppositionIsFound() {
        List<DatasetClaim> c = claims("We also release VoiceBlend, a new 500-hour dataset of accented speech.");
        assertClaim(c.get(0), "VoiceBlend", "VoiceBlend", DatasetKind.DATASET);
    }

    @Test
    void datasetNamedByTheAuthorsIsFound() {
        List<DatasetClaim> c = claims("To this end we collect a new dataset, called HarborVQA, with 12K questions.");
        assertEquals(1, c.size());
        assertClaim(c.get(0), "HarborVQA", "HarborVQA", DatasetKind.DATASET);
    }

    @Test
    void genericDatasetPhrasesAreNoClaims() {
        assertEquals(List.of(), claims("Experiments on several benchmarks and diverse datasets, including our new "
                + "dataset and 16 long sequence datasets, show consistent gains on standard LLM benchmarks. "
                + "Extensive datasets were used."));
    }

    @Test
    void kindsOfDataBeforeAPluralNounAreNoNames() {
        assertEquals(List.of(), claims("We evaluate on MRI datasets, Hugging Face datasets and Chinese-English "
                + "benchmarks. Real-world datasets agree, and a Python dataset too."));
    }

    @Test
    void nameWithAParameterCountIsAModelNotADataset() {
        List<DatasetClaim> c = claims("We compare with Alpaca 7B and Alpaca-13B, both tuned on Alpaca.");
        assertEquals(1, c.size());
        assertEquals(c.get(0).start(), "We compare with Alpaca 7B and Alpaca-13B, both tuned on ".length());
    }

    @Test
    void abbreviationDefinedAsSomethingElseIsNoDataset() {
        assertEquals(List.of(), claims("Grouped-query attention (GQA) shrinks the cache; we convert MHA to GQA "
                + "and keep GQA accuracy."));
    }

    @Test
    void userEntriesExtendTheShippedGazetteer() {
        DatasetExtractor custom = DatasetExtractor.withExtraEntries(
                new Gazetteer.Entry("KelpForest", DatasetKind.DATASET, false, List.of("Kelp-Forest-v2")));
        ClaimChain chain = ClaimChain.newBuilder().include("dataset").exclude("dataset").add(custom).build();
        List<DatasetClaim> c = chain.extract("Segmentation improves on Kelp-Forest-v2 and on ADE20K.", DatasetClaim.class);
        assertEquals(List.of("KelpForest", "ADE20K"), c.stream().map(DatasetClaim::name).toList());
    }

    @Test
    void shippedListGivesTheSameClaimsByWordIdsAsByText() {
        // The shipped extractor reads gazetteer keys and noun starts from one pass over the word ids; an
        // unregistered copy of the list goes by the tokens' text and the cue flags. Same claims on real abstracts.
        ClaimChain byText = ClaimChain.newBuilder().include("dataset").exclude("dataset")
                .add(new DatasetExtractor(Gazetteer.newBuilder().addDefaults().build())).build();
        int compared = 0;
        for (String text : org.paperclaims.extractors.GoldAbstracts.all()) {
            assertEquals(byText.extract(text, DatasetClaim.class), claims(text), text);
            compared++;
        }
        assertTrue(compared > 100, "gold abstracts read: " + compared);
    }

    @Test
    void emptyAndGarbageTextGiveNothing() {
        assertEquals(List.of(), claims(""));
        assertEquals(List.of(), claims("(((( -- Net-( ) \\ $$ }{ dataset benchmarks , and , dataset"));
    }

    @Test
    void builderRefusesASpellingUnderTwoEntries() {
        Gazetteer.Builder b = Gazetteer.newBuilder().add("FooSet", DatasetKind.DATASET, "Foo-1")
                .add("BarSet", DatasetKind.DATASET, "foo 1");
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("FooSet") && e.getMessage().contains("BarSet"), e.getMessage());
    }

    @Test
    void versionWordAfterANameIsNoProse() {
        List<DatasetClaim> c = claims("On LongBench v2 the method gains four points.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertClaim(c.get(0), "LongBench v2", "LongBench v2", DatasetKind.BENCHMARK);
    }

    @Test
    void versionPublishedAsABenchmarkOfItsOwnKeepsItsName() {
        List<DatasetClaim> c = claims("Scores on VBench-2.0 and on VBench both improve.");
        assertEquals(List.of("VBench-2.0", "VBench"), c.stream().map(DatasetClaim::name).toList());
    }

    @Test
    void hyphenatedBenchmarkSpellsTheBenchEntry() {
        List<DatasetClaim> c = claims("It leads the GenAI-benchmark by a wide margin.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertClaim(c.get(0), "GenAI-benchmark", "GenAI-Bench", DatasetKind.BENCHMARK);
    }

    @Test
    void nameBeforeOurConstructedDataset() {
        List<DatasetClaim> c = claims("The model is tuned on MailDesk, our constructed dataset for replies.");
        assertEquals(1, c.size(), () -> "claims: " + c);
        assertClaim(c.get(0), "MailDesk", "MailDesk", DatasetKind.DATASET);
    }

    @Test
    void listAfterACommaAndIncluding() {
        List<DatasetClaim> c = claims("We test on several datasets, including FooSet12, BarSet and DIV2K.");
        assertEquals(List.of("FooSet12", "BarSet", "DIV2K"), c.stream().map(DatasetClaim::name).toList());
    }

    @Test
    void namesStartingWithADigitOrAGreekLetterAreFound() {
        List<DatasetClaim> c = claims("Layouts come from 3D-FRONT, landmarks from 300-W, and agents are scored "
                + "on τ-bench.");
        assertEquals(List.of("3D-FRONT", "300W", "τ-bench"), c.stream().map(DatasetClaim::name).toList());
        assertClaim(c.get(1), "300-W", "300W", DatasetKind.DATASET);
        assertClaim(c.get(2), "τ-bench", "τ-bench", DatasetKind.BENCHMARK);
    }

    @Test
    void caseSensitiveNameSpelledAcrossTokensMustKeepItsCase() {
        List<DatasetClaim> c = claims("Scene accuracy rises on Places-365 and on Terra Incognita.");
        assertEquals(List.of("Places", "TerraIncognita"), c.stream().map(DatasetClaim::name).toList());
        assertClaim(c.get(0), "Places-365", "Places", DatasetKind.DATASET);
        assertEquals(List.of(), claims("The probe visits terra incognita and other places-365 days a year."));
    }
}
