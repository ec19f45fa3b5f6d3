/**
 * The Chaos Mesh backend: {@link dev.slogate.chaos.mesh.ChaosMeshBackend} turns an experiment into a Chaos Mesh
 * resource (or a Deployment restart), waits until the controller confirms the injection, and removes every
 * resource it made, also after a crash ({@link dev.slogate.chaos.mesh.ChaosMeshSweeper}, the reap command).
 * Public API: {@code simulations} starts it with {@link dev.slogate.chaos.mesh.ChaosMeshOptions}; the
 * package-private classes are its implementation.
 */
package dev.slogate.chaos.mesh;
