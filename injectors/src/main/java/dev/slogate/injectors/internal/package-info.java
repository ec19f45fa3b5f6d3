/**
 * Internal to the injectors module: the Job and Secret it creates ({@link
 * dev.slogate.injectors.internal.InjectorJobFactory}), what the API server supports ({@link
 * dev.slogate.injectors.internal.ServerFeatures}), how a Job's indexes stand ({@link
 * dev.slogate.injectors.internal.JobProgress}), the sweep ({@link dev.slogate.injectors.internal.InjectorSweeper}),
 * and both ends of the record mechanism ({@link dev.slogate.injectors.internal.RecordReceiver}, {@link
 * dev.slogate.injectors.internal.RecordUploader}, {@link dev.slogate.injectors.internal.RecordArchive}). Public only
 * so that the public package can reach it; not an API.
 */
package dev.slogate.injectors.internal;
