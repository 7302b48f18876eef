/** The Actuator health indicator of the DynamoBao table. */
package dev.dynamobao.spring.boot.autoconfigure.health;
