package dev.slogate.simulations;

import dev.slogate.config.OptionValues;
import dev.slogate.slo.baseline.Baseline;
import dev.slogate.simulations.internal.run.BaselineSelection;
import dev.slogate.simulations.internal.target.EmbeddedStack;
import dev.slogate.simulations.internal.target.Target;
import dev.slogate.simulations.internal.target.TargetResolver;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.spec.SloSource;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;
import dev.slogate.stack.StackOptions;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What a run reads before any load is planned, in this order: the settings, the SLO file and the gate policy
 * (a typo must not cost a whole run), the baseline, the target, and the embedded stack's profile (read, not
 * started). Each is read once, here, from the option layers read once ({@link OptionValues#load()}).
 *
 * @param options the run's option layers, read once: later stages read them here rather than load them again
 * @param settings the run's {@code slogate.*} properties, with the system's stand-in profile when it was chosen
 *     by default, so that the run plan records it
 * @param stack the embedded stack, prepared; empty against an external target
 */
record RunInputs(OptionValues options, Settings settings, SloSource sloSource, SloSpec spec, GatePolicy gatePolicy, Baseline baseline,
    Target target, Optional<EmbeddedStack> stack) {

  /**
   * @param defaultSlo the SLO file or catalog when {@code slogate.slo} is not set
   * @param defaultProfile the stand-in profile when there is no target and {@code slogate.stack.profile} is not set
   * @throws IllegalArgumentException (or another runtime exception) for input the user can fix, in one line
   */
  static RunInputs read(Supplier<String> defaultSlo, Supplier<Optional<String>> defaultProfile) {
    OptionValues options = OptionValues.load();
    Settings settings = Settings.from(options);
    SloSource source = SloSpecs.source(settings.get(SimulationOptions.SLO, defaultSlo.get()));
    SloSpec spec = source.parse();
    GatePolicy policy = GatePolicy.parse(settings.get(GatePolicy.PROPERTY).orElse(null));
    Baseline baseline = BaselineSelection.forSystem(spec.system(), options).orElse(null);
    Target target = TargetResolver.resolve(options);
    Optional<String> standIn = target.embedded() && settings.get(StackOptions.PROFILE_PROPERTY).isEmpty()
        ? defaultProfile.get() : Optional.empty();
    if (standIn.isPresent()) {
      // The system's own stand-in: the stack is given it, and the run plan records it as if it had been set.
      Map<String, String> withProfile = new TreeMap<>(settings.asMap());
      withProfile.put(StackOptions.PROFILE_PROPERTY, standIn.get());
      settings = Settings.of(withProfile);
    }
    // The profile is read now, so that a bad one fails before Gatling starts anything.
    Optional<EmbeddedStack> stack = target.embedded()
        ? Optional.of(EmbeddedStack.prepare(target, standIn, options)) : Optional.empty();
    return new RunInputs(options, settings, source, spec, policy, baseline, target, stack);
  }

  /**
   * How many times faster than documented the target runs its own time constants: the embedded stand-in's
   * profile says (1 for the reference stack); a real deployment runs them as documented.
   */
  double targetTimeScale() {
    return stack.map(EmbeddedStack::timeScale).orElse(1.0);
  }
}
