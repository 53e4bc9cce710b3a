/** Tags on jobs (TagResources, UntagResources). */
package io.github.dlckit.mock.engine.tag;
