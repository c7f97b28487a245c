/// <reference types="node" />
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectionOf } from './selection.ts';

test('sparse fields read as a GraphQL selection, nested at any depth', () => {
  assert.equal(selectionOf(['id', 'title']), 'id title');
  assert.equal(selectionOf(['id', { department: ['id', 'code'] }, 'status']), 'id department { id code } status');
  assert.equal(selectionOf([{ impacts: ['level', { stage: ['name', { journey: ['name'] }] }] }]), 'impacts { level stage { name journey { name } } }');
});
