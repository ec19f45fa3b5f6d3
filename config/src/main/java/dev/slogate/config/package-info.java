/**
 * What every slogate module reads and writes the same way, and nothing else: the options layer (every
 * {@code slogate.*} key, its type, default and documentation), the one duration grammar, YAML read with the
 * line and column of every value, and files written atomically. It depends on no other slogate module, so that
 * {@code stack} can use it too. Everything in sub-packages is internal.
 */
package dev.slogate.config;
