/** The unit of work per Spring MVC request: the servlet filter, the handler-failure marker and their auto-configuration. */
package dev.dynamobao.spring.boot.autoconfigure.web;
