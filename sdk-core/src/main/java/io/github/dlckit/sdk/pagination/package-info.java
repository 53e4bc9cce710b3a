/** Paginators over the paged List operations, blocking and asynchronous, with one set of paging rules. */
package io.github.dlckit.sdk.pagination;
