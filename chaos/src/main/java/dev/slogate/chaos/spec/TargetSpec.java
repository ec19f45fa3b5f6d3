package dev.slogate.chaos.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Where a fault goes. In a file, {@code target:} holds exactly one of {@code kubernetes:} or {@code local:}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
  @JsonSubTypes.Type(value = KubernetesTarget.class, name = "kubernetes"),
  @JsonSubTypes.Type(value = LocalTarget.class, name = "local")
})
public sealed interface TargetSpec permits KubernetesTarget, LocalTarget {}
