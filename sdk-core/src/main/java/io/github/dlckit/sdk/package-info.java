/** The clients: {@code DlcClient} (blocking) and {@code DlcAsyncClient}, their builders and generated operations. */
package io.github.dlckit.sdk;
