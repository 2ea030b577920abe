package org.paperclaims.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One statement found in an abstract, tied to the exact span of text it came from. The permitted
 * records mirror the claim types of the output contract (CLAIMS.md) one to one; JSON carries the
 * type as a {@code type} property.
 *
 * <p>Every claim satisfies {@code abstract.substring(start(), end()).equals(text())} for the
 * abstract it was extracted from.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SpeedupClaim.class, name = "speedup"),
    @JsonSubTypes.Type(value = ReductionClaim.class, name = "reduction"),
    @JsonSubTypes.Type(value = ResultClaim.class, name = "result"),
    @JsonSubTypes.Type(value = TimingClaim.class, name = "timing"),
    @JsonSubTypes.Type(value = DatasetClaim.class, name = "dataset"),
    @JsonSubTypes.Type(value = CodeClaim.class, name = "code"),
    @JsonSubTypes.Type(value = HardwareClaim.class, name = "hardware"),
    @JsonSubTypes.Type(value = ModelClaim.class, name = "model"),
    @JsonSubTypes.Type(value = MethodClaim.class, name = "method")
})
public sealed interface Claim permits SpeedupClaim, ReductionClaim, ResultClaim, TimingClaim, DatasetClaim,
        CodeClaim, HardwareClaim, ModelClaim, MethodClaim {

    /** The shortest exact substring of the abstract that carries the claim. */
    String text();

    /** Offset of {@link #text()} in the abstract (Java {@code String} index). */
    int start();

    /** End offset of {@link #text()} in the abstract, exclusive. */
    int end();

    /** The claim's type. */
    default ClaimType type() {
        return ClaimType.of(getClass());
    }
}
