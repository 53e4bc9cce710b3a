/**
 * The PAI-DLC 2020-12-03 wire model: one immutable value type per request, response and structure of the
 * API, with the exact JSON names of the service.
 *
 * <p>Conventions shared by every type:
 * <ul>
 *   <li>Build with {@code X.builder()}, copy and change with {@code x.toBuilder()}; values are immutable and
 *       thread-safe.</li>
 *   <li>Absent is empty, never null: scalars and structures are {@code Optional} ({@code OptionalInt},
 *       {@code OptionalLong}, {@code OptionalDouble} for integers and float64), lists and maps are empty.
 *       A missing JSON field and a JSON {@code null} read the same.</li>
 *   <li>Fields the service adds later are ignored on read; absent fields are left out on write.</li>
 *   <li>Closed value sets (job status, job type, resource type, ...) stay strings on the wire, so new values
 *       never break reading; {@code xxxEnum()} gives the typed view and builders accept the enum.</li>
 *   <li>Secrets (passwords, tokens) are masked in {@code toString()}.</li>
 * </ul>
 *
 * <p>Most of this package is generated at build time from {@code spec/pai-dlc-2020-12-03.json} by
 * {@code dlc-sdk-codegen}; look under {@code target/generated-sources/dlc-models} after a build.
 */
@DlcStyle
package io.github.dlckit.model;
