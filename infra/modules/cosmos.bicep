// Azure Cosmos DB (NoSQL API): the account, the database and the containers of
// bot/OpsRhythm.Storage/Contract/StorageContainers.cs, each partitioned on /pk (docs/storage.md).
// Keys are disabled: the bot signs in with its managed identity, granted the built-in data role.

param name string
param location string

@description('Serverless (pay per request, the default for a company of this size) or Autoscale (provisioned, shared by the containers).')
@allowed([
  'Serverless'
  'Autoscale'
])
param throughputMode string = 'Serverless'

@description('Autoscale ceiling in RU/s for the database (Autoscale only); it scales between 10% and 100% of this.')
@minValue(1000)
param autoscaleMaxThroughput int = 1000

param databaseName string = 'opsrhythm'

@description('Containers: name and the property paths queries filter or sort on (besides /pk and /type).')
param containers array

@description('Principal (object) id of the identity that reads and writes documents.')
param dataContributorPrincipalId string

var serverless = throughputMode == 'Serverless'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: '${name}-cosmos'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: serverless ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous7Days'
      }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: serverless ? {} : {
      autoscaleSettings: {
        maxThroughput: autoscaleMaxThroughput
      }
    }
  }
}

// Index only what queries use: /pk and /type for every query, plus the properties the code filters or
// sorts on (main.bicep's queriedPaths, checked against the code by the infra tests). Everything else is
// excluded, which keeps write RU low: documents carry long texts, lists, rendered cards and audit
// details. docs/storage.md allows this narrower policy in place of CosmosContainerSetup's "/*".
resource container 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [
  for c in containers: {
    parent: database
    name: c.name
    properties: {
      resource: {
        id: c.name
        partitionKey: {
          paths: [
            '/pk'
          ]
          kind: 'Hash'
          version: 2
        }
        // Per-document TTL only (leases, delivered outbox messages); nothing expires by default.
        defaultTtl: -1
        indexingPolicy: {
          indexingMode: 'consistent'
          automatic: true
          includedPaths: [
            for path in concat([
              '/pk/?'
              '/type/?'
            ], c.includedPaths): {
              path: path
            }
          ]
          excludedPaths: [
            {
              path: '/*'
            }
            {
              path: '/"_etag"/?'
            }
          ]
        }
      }
    }
  }
]

// Cosmos DB Built-in Data Contributor: read, write and query documents; no management rights.
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, dataContributorPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: dataContributorPrincipalId
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint
output accountName string = account.name
output databaseName string = database.name
