#!/usr/bin/env node
// The every-field-type interoperability check (EveryFieldTypeInteropTest): the models come from
// samples/src/main/yaml/every-type.yaml through dynamo-bao's own bao-codegen (into BAO_MODELS_DIR), the
// same file bao:generate turns into Java entities. Commands print one line "INTEROP_RESULT <json>":
//   create <handle>                        a Club, a Member with every field set, their Membership
//   read <memberId>                        the Member (every field), its clubs via the mapping table
//   update <memberId> <version>            Member.update(status, score, tags, likes) on condition {version}
"use strict";

const path = require("path");
const endpoint = process.env.BAO_INTEROP_ENDPOINT;
const tableName = process.env.TABLE_NAME;
const modelsDir = process.env.BAO_MODELS_DIR;
if (!endpoint || !tableName || !modelsDir) {
  fail("set BAO_INTEROP_ENDPOINT, TABLE_NAME and BAO_MODELS_DIR");
}

const clientModule = require("dynamo-bao/src/dynamodb-client.js");
const AwsDynamoDBClient = clientModule.DynamoDBClient;
// Its signer guesses the service name from an *.amazonaws.com host and signs for an empty one on 127.0.0.1;
// moto routes requests by that name, so sign for "dynamodb" (as interop.js does).
clientModule.DynamoDBClient = class LocalEndpointDynamoDBClient extends AwsDynamoDBClient {
  constructor(config = {}) {
    super({ ...config, endpoint });
  }

  _ensureClient() {
    const signer = super._ensureClient();
    signer.service = "dynamodb";
    return signer;
  }
};

const { Member } = require(path.join(modelsDir, "member.js"));
const { Club } = require(path.join(modelsDir, "club.js"));
const { Membership } = require(path.join(modelsDir, "membership.js"));
const dynamoBao = require("dynamo-bao");

dynamoBao.initModels({
  models: { Member, Club, Membership },
  aws: { region: process.env.AWS_REGION || "us-east-1" },
  db: { tableName },
});

const commands = { create, read, update };

async function create(handle) {
  const club = await Club.create({ name: "JS Club" });
  const member = await Member.create({
    handle,
    age: 42,
    score: 4.5,
    active: true,
    birthday: new Date(1704164645678),
    likes: 3,
    avatar: Buffer.from([1, 2, 3, 250]),
    ttl: new Date(4102444800000),
    tags: new Set(["a", "b"]),
    externalId: "01HK421Q3GASASGXY85SM7Z0B7",
    status: "active",
  });
  await Membership.create({ memberId: member.memberId, clubId: club.clubId, role: "founder" });
  return { club: club.clubId, member: await describe(member) };
}

async function read(memberId) {
  const member = await Member.find(memberId);
  if (!member.exists()) {
    return { found: false };
  }
  const byHandle = await Member.findByHandle(member.handle);
  const clubs = await member.getClubs();
  return {
    found: true,
    member: await describe(member),
    byHandle: byHandle.exists() ? byHandle.memberId : null,
    clubs: clubs.items.map((club) => club.name).sort(),
  };
}

async function update(memberId, version) {
  const member = await Member.update(memberId, {
    status: "js-updated",
    score: 9.25,
    tags: new Set(["a", "js"]),
    likes: "+2",
  }, { condition: { version } });
  return { member: await describe(member) };
}

async function describe(member) {
  return {
    memberId: member.memberId,
    handle: member.handle,
    age: member.age ?? null,
    score: member.score ?? null,
    active: member.active ?? null,
    birthday: millis(member.birthday),
    createdAt: millis(member.createdAt),
    modifiedAt: millis(member.modifiedAt),
    likes: member.likes ?? null,
    avatar: member.avatar ? Buffer.from(member.avatar).toString("base64") : null,
    version: member._dyData.version ?? null,
    ttl: millis(member.ttl),
    tags: member.tags ? Array.from(member.tags).sort() : [],
    externalId: member.externalId ?? null,
    status: member.status ?? null,
  };
}

function millis(value) {
  if (value === undefined || value === null) return null;
  return value instanceof Date ? value.getTime() : Number(value);
}

function fail(message) {
  process.stderr.write(`every-type.js: ${message}\n`);
  process.exit(2);
}

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const run = commands[command];
  if (!run) {
    fail(`unknown command '${command}'; one of ${Object.keys(commands).join(", ")}`);
  }
  const result = await run(...args);
  process.stdout.write(`INTEROP_RESULT ${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`every-type.js: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
