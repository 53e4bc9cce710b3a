/** Client-side request checks (job and spot rules) that refuse bad requests before they are sent. */
package io.github.dlckit.model.validation;
