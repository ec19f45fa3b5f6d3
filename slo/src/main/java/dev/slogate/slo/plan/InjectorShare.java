package dev.slogate.slo.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which part of a run one injector of several ran: injector {@code index} of {@code count}, and the whole plan the
 * injectors share between them. Recorded in the injector's {@code plan.json}, so that a merge can check that every
 * injector ran a share of the same plan and judge the sum against the whole.
 *
 * <p>The share of a phase ({@link #of(Phase)}):
 *
 * <ul>
 *   <li>An open phase's whole arrivals per second (start and end rate alike) are divided as integers: every injector
 *       gets {@code floor(rate / count)}, and the first {@code rate mod count} injectors one more, so that the rates
 *       of the injectors add up to the whole rate exactly. An injector whose share is 0 injects nothing in that phase.
 *   <li>The fraction of a rate below one arrival per second (a rate of 12.5/s) is divided evenly: each injector gets
 *       {@code fraction / count} on top. Gatling then injects a fractional rate by spacing users, and the sum of the
 *       injectors' arrivals can differ from the whole by less than one arrival per injector and phase, well inside
 *       the load check's tolerance.
 *   <li>A closed phase's concurrent users (start and end) are divided as integers, the same way as whole rates.
 * </ul>
 *
 * @param index this injector, {@code 0 <= index < count}
 * @param count how many injectors share the run
 * @param wholePhases the phases of the whole run, before they were divided
 */
public record InjectorShare(int index, int count, List<Phase> wholePhases) {

  public InjectorShare {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("injector index " + index + " of " + count + " does not exist: the index runs "
          + "from 0 to count - 1");
    }
    wholePhases = List.copyOf(Objects.requireNonNull(wholePhases, "wholePhases"));
  }

  /** This injector's part of every whole phase, in order. */
  public List<Phase> phases() {
    return shareOf(wholePhases);
  }

  /** This injector's part of each of {@code phases}, in order. */
  List<Phase> shareOf(List<Phase> phases) {
    List<Phase> shared = new ArrayList<>(phases.size());
    phases.forEach(p -> shared.add(of(p)));
    return shared;
  }

  /** This injector's part of one phase. */
  public Phase of(Phase whole) {
    Phase.Users users = whole.users() == null ? null
        : new Phase.Users(users(whole.users().start()), users(whole.users().end()));
    return new Phase(whole.name(), whole.kind(), whole.startOffsetMillis(), whole.durationMillis(),
        rate(whole.startRate()), rate(whole.endRate()), users);
  }

  /** This injector's part of a rate: the whole arrivals as integers, the fraction below one evenly. */
  public double rate(double whole) {
    double arrivals = Math.floor(whole);
    return integerShare((long) arrivals) + (whole - arrivals) / count;
  }

  /** This injector's part of a closed model's concurrent users. */
  public int users(int whole) {
    return Math.toIntExact(integerShare(whole));
  }

  private long integerShare(long whole) {
    return whole / count + (index < whole % count ? 1 : 0);
  }

  /** "injector 2 of 3", numbered from 0 as the option {@code slogate.injectors.index} is. */
  public String label() {
    return "injector " + index + " of " + count;
  }
}
