/**
 * Running Iskra: who may read the Actuator endpoints (health probes open to all, without details;
 * Prometheus metrics only with the metrics token). The figures themselves belong to the features
 * that own them ({@code search}, {@code newsletter}, {@code webhook} register their own meters;
 * queues count their rows by status with {@link org.iskra.operations.StatusGauges}). Publishes and
 * listens to nothing.
 */
package org.iskra.operations;
