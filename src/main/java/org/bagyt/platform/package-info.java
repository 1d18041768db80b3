/** Shared kernel: configuration, languages, page shell, errors, clock and the embedded database. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.bagyt.platform;
