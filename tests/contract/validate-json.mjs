// Validates JSON values against a JSON Schema with ajv 8 and ajv-formats, for the tests'
// JsonSchemaValidator (tests/support): `node validate-json.mjs REQUEST ANSWER`, where REQUEST
// holds {"root": the schema document, "schema": the schema to apply (the root or a part of it),
// "values": [...]} and ANSWER receives one list of errors per value ("/pointer: message").
// The document's "$schema" chooses draft 2020-12 or draft-07. A schema that does not compile
// (a $ref to nothing) exits 2 with the reason on stderr.
import {readFileSync, writeFileSync} from 'node:fs';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [requestPath, answerPath] = process.argv.slice(2);
const {root, schema, values} = JSON.parse(readFileSync(requestPath, 'utf8'));
const draft2020 = String(root.$schema ?? '').includes('2020-12');
const ajv = new (draft2020 ? Ajv2020 : Ajv)({allErrors: true, strict: false});
addFormats(ajv);

// A part of the document keeps its local references by pointing them into the document.
const rootId = 'urn:caseline:schema-root';
const intoRoot = (node) => {
    if (Array.isArray(node)) {
        return node.map(intoRoot);
    }
    if (node && typeof node === 'object') {
        return Object.fromEntries(Object.entries(node).map(([key, child]) =>
            [key, key === '$ref' && typeof child === 'string' && child.startsWith('#')
                      ? rootId + child : intoRoot(child)]));
    }
    return node;
};

let validate;
try {
    if (JSON.stringify(schema) === JSON.stringify(root)) {
        validate = ajv.compile(root);
    } else {
        ajv.addSchema({...root, $id: rootId});
        validate = ajv.compile(intoRoot(schema));
    }
} catch (error) {
    process.stderr.write(`the schema does not compile: ${error.message}\n`);
    process.exit(2);
}

const answers = values.map((value) => {
    if (validate(value)) {
        return [];
    }
    return validate.errors.map((error) => {
        const details = Object.entries(error.params ?? {})
            .map(([key, param]) => `${key}=${JSON.stringify(param)}`).join(', ');
        return `${error.instancePath || '/'}: ${error.message}${details ? ` (${details})` : ''}`;
    });
});
writeFileSync(answerPath, JSON.stringify(answers));
