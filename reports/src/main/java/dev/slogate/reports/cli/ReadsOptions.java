package dev.slogate.reports.cli;

import dev.slogate.config.OptionValues;

/**
 * A command that reads {@code slogate.*} options. {@link SlogateCli} layers them once per run, with the command's
 * own flags on top ({@link OptionFlags}), and hands them over before the command runs, so that no stage reads the
 * layers again.
 */
interface ReadsOptions {

  void useOptions(OptionValues values);
}
