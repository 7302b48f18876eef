#!/usr/bin/env node
// Interoperability check between dynamo-bao (JavaScript, the npm package) and DynamoBao for Java.
// Run by dev.dynamobao.samples.interop.JavaScriptInteropTest (in mvn -B verify); it can also be run
// by hand against any DynamoDB endpoint whose table already exists:
//
//   BAO_INTEROP_ENDPOINT=http://127.0.0.1:8000 TABLE_NAME=interop AWS_REGION=us-east-1 \
//   AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x node interop.js read-user test@example.com
//
// Commands (each prints exactly one line "INTEROP_RESULT <json>" on stdout; dynamo-bao's own log
// lines may appear around it):
//   read-user <email>                         User.findByEmail, user.queryPosts(), the filtered query
//   create-user <email>                       creates a user and two posts
//   read-post <postId>                        Post.find and post.getUser()
//   update-post <postId> <version> <title>    Post.update with the condition {version: <version>}
"use strict";

const endpoint = process.env.BAO_INTEROP_ENDPOINT;
const tableName = process.env.TABLE_NAME;
if (!endpoint || !tableName) {
  fail("set BAO_INTEROP_ENDPOINT (e.g. http://127.0.0.1:8000) and TABLE_NAME");
}

// dynamo-bao's model layer builds its own client with only a region, so it would always talk to
// AWS. Inject the endpoint before any dynamo-bao module destructures DynamoDBClient.
// Its signer (aws4fetch) guesses the service name from an *.amazonaws.com host name and signs for an
// empty one on 127.0.0.1; the server (moto) routes requests by that name, so sign for "dynamodb".
const clientModule = require("dynamo-bao/src/dynamodb-client.js");
const AwsDynamoDBClient = clientModule.DynamoDBClient;
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

const { User } = require("./models/user.js");
const { Post } = require("./models/post.js");
const dynamoBao = require("dynamo-bao");

dynamoBao.initModels({
  models: { User, Post },
  aws: { region: process.env.AWS_REGION || "us-east-1" },
  db: { tableName },
});

const commands = {
  "read-user": readUser,
  "create-user": createUser,
  "read-post": readPost,
  "update-post": updatePost,
};

async function readUser(email) {
  const user = await User.findByEmail(email);
  if (!user.exists()) {
    return { found: false, email };
  }
  const posts = await user.queryPosts();
  const filtered = await user.queryPosts(null, {
    filter: { content: { $contains: "another" } },
  });
  const postsWithUsers = [];
  for (const post of posts.items) {
    postsWithUsers.push(await describePost(post));
  }
  return {
    found: true,
    user: describeUser(user),
    postCount: posts.count,
    posts: postsWithUsers,
    filteredCount: filtered.count,
    filteredTitles: filtered.items.map((post) => post.title),
  };
}

async function createUser(email) {
  const user = await User.create({
    name: "JS User",
    email,
    role: "author",
  });
  const first = await Post.create({
    userId: user.userId,
    title: "JS Post 1",
    content: "Written by dynamo-bao",
  });
  const second = await Post.create({
    userId: user.userId,
    title: "JS Post 2",
    content: "This is another post written by dynamo-bao",
  });
  return {
    user: describeUser(user),
    posts: [await describePost(first), await describePost(second)],
  };
}

async function readPost(postId) {
  const post = await Post.find(postId);
  if (!post.exists()) {
    return { found: false, postId };
  }
  return { found: true, post: await describePost(post) };
}

async function updatePost(postId, expectedVersion, title) {
  const post = await Post.update(postId, { title }, { condition: { version: expectedVersion } });
  return { post: await describePost(post) };
}

function describeUser(user) {
  return {
    userId: user.userId,
    name: user.name,
    email: user.email,
    role: user.role ?? null,
    profilePictureUrl: user.profilePictureUrl ?? null,
    createdAt: millis(user.createdAt),
    modifiedAt: millis(user.modifiedAt),
    primaryId: user.getPrimaryId(),
  };
}

async function describePost(post) {
  const owner = await post.getUser();
  return {
    postId: post.postId,
    userId: post.userId,
    title: post.title,
    content: post.content,
    createdAt: millis(post.createdAt),
    // fromDy invents a fresh ULID when the attribute is missing; report what is stored too.
    version: post.version,
    storedVersion: post._dyData.version ?? null,
    ownerFound: Boolean(owner && owner.exists()),
    ownerEmail: owner && owner.exists() ? owner.email : null,
    primaryId: post.getPrimaryId(),
  };
}

function millis(value) {
  if (value === undefined || value === null) return null;
  return value instanceof Date ? value.getTime() : Number(value);
}

function fail(message) {
  process.stderr.write(`interop.js: ${message}\n`);
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
  process.stderr.write(`interop.js: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
