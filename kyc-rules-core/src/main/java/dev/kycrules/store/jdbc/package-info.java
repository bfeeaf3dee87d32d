/**
 * The stores a deployment with several host instances uses: {@link
 * dev.kycrules.store.jdbc.JdbcDocumentRegistry} and {@link dev.kycrules.store.jdbc.JdbcAttemptHistory}
 * over a host-supplied {@link javax.sql.DataSource} (PostgreSQL or H2), and {@link
 * dev.kycrules.store.jdbc.JdbcSchema} to install their tables. Plain {@code java.sql}: no ORM and no
 * run-time dependency; the host brings the driver and the connection pool.
 */
package dev.kycrules.store.jdbc;
