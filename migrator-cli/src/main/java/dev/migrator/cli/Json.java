package dev.migrator.cli;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Renders the JSON output of every command. */
final class Json {

	private static final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private Json() {
	}

	static String write(Object value) {
		return mapper.writeValueAsString(value);
	}

}
