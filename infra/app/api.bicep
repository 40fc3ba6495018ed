metadata description = 'The Flex Consumption function app (dotnet-isolated) with its settings; identity-based connections only.'

param name string
param location string
param tags object
param planId string
param identityId string
param identityClientId string
param storageAccountName string
param storageBlobEndpoint string
param deploymentContainerName string
param applicationInsightsConnectionString string
param keyVaultUri string
param sendGridSecretName string
param taskHubName string

@description('Settings for the Durable Task Scheduler backend; empty when the Azure Storage backend is used.')
param durableBackendSettings object = {}

@description('Client id of the Entra ID app registration for App Service authentication; empty leaves Easy Auth off.')
param authClientId string = ''

param instanceMemoryMB int = 2048
param maximumInstanceCount int = 40

var runtimeName = 'dotnet-isolated'
var runtimeVersion = '10.0'

var baseSettings = {
  // Host storage (and the Durable Task Azure Storage backend) through the user-assigned identity.
  AzureWebJobsStorage__accountName: storageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  // DefaultAzureCredential in our adapters picks the user-assigned identity from this.
  AZURE_CLIENT_ID: identityClientId
  // Our blob adapter (container `bcf`); also usable as an identity-based Functions connection named "Storage".
  Storage__BlobServiceUri: storageBlobEndpoint
  Storage__credential: 'managedidentity'
  Storage__clientId: identityClientId
  BcfTaskHub: taskHubName
  // The timer that opens each quarter's cycles: 06:00 on the first day after each quarter end.
  OpenCyclesSchedule: '0 0 6 1 1,4,7,10 *'
  // The platform's sign-in (Easy Auth) is trusted only when it is configured.
  Auth__PlatformSignIn: string(!empty(authClientId))
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
  // Resolved by the platform with keyVaultReferenceIdentity; the secret value never leaves Key Vault.
  SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${sendGridSecretName}/)'
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
    }
  }

  resource appSettings 'config' = {
    name: 'appsettings'
    properties: union(baseSettings, durableBackendSettings)
  }

  // Easy Auth validates Entra ID bearer tokens; the app maps the `roles` claim (bcf.lead / bcf.contributor).
  resource authSettings 'config' = if (!empty(authClientId)) {
    name: 'authsettingsV2'
    properties: {
      platform: {
        enabled: true
      }
      globalValidation: {
        requireAuthentication: true
        unauthenticatedClientAction: 'Return401'
        // Event Grid's blob-trigger webhook authenticates with the extension's system key instead.
        excludedPaths: [
          '/runtime/webhooks/blobs'
        ]
      }
      identityProviders: {
        azureActiveDirectory: {
          enabled: true
          registration: {
            clientId: authClientId
            openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
          }
          validation: {
            allowedAudiences: [
              'api://${authClientId}'
              authClientId
            ]
          }
        }
      }
      login: {
        tokenStore: {
          enabled: false
        }
      }
      httpSettings: {
        requireHttps: true
      }
    }
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
