package dev.slogate.stack.balancer;

/**
 * HAProxy's rise/fall counting for one server. A server in rotation leaves after {@code fall}
 * consecutive failed checks; a server out of rotation returns after {@code rise} consecutive
 * passed checks; a result that agrees with the current state resets the opposite count.
 * Not thread-safe: one checker thread owns it.
 */
final class SlotHealth {

  enum Change { NONE, WENT_DOWN, WENT_UP }

  private final int fall;
  private final int rise;
  private boolean up;
  private int streak;

  SlotHealth(int fall, int rise, boolean initiallyUp) {
    this.fall = fall;
    this.rise = rise;
    this.up = initiallyUp;
  }

  boolean isUp() {
    return up;
  }

  Change record(boolean passed) {
    if (passed == up) {
      streak = 0;
      return Change.NONE;
    }
    streak++;
    if (up && streak >= fall) {
      up = false;
      streak = 0;
      return Change.WENT_DOWN;
    }
    if (!up && streak >= rise) {
      up = true;
      streak = 0;
      return Change.WENT_UP;
    }
    return Change.NONE;
  }
}
