/** The call pipeline: marshal, sign, send with OkHttp, read, map errors, one stage per class. */
package io.github.dlckit.sdk.http;
